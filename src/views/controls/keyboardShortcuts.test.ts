import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { lessonTurnFor, shortcutFor, type KeyPress, type KeyTarget } from './keyboardShortcuts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  repeat: false,
  ...extra,
});
const body: KeyTarget = { tagName: 'BODY' };

describe('shortcutFor', () => {
  test('maps Space, →, S and R on the page to play/pause, step and reset', () => {
    expect(shortcutFor(press(' '), body)).toBe('togglePlay');
    expect(shortcutFor(press('ArrowRight'), body)).toBe('step');
    expect(shortcutFor(press('s'), body)).toBe('step');
    expect(shortcutFor(press('S'), body)).toBe('step');
    expect(shortcutFor(press('r'), body)).toBe('reset');
    expect(shortcutFor(press('x'), body)).toBeNull();
  });

  test('leaves every key to text and number fields, selects, text areas and editable text', () => {
    const targets: KeyTarget[] = [
      { tagName: 'INPUT', type: 'number' },
      { tagName: 'INPUT', type: 'text' },
      { tagName: 'INPUT' },
      { tagName: 'SELECT' },
      { tagName: 'TEXTAREA' },
      { tagName: 'DIV', isContentEditable: true },
    ];
    for (const target of targets) {
      for (const key of [' ', 'ArrowRight', 's', 'r']) expect(shortcutFor(press(key), target)).toBeNull();
    }
  });

  test('leaves Space to buttons and checkboxes, and → to sliders, but still steps and resets there', () => {
    expect(shortcutFor(press(' '), { tagName: 'BUTTON' })).toBeNull();
    expect(shortcutFor(press(' '), { tagName: 'INPUT', type: 'checkbox' })).toBeNull();
    expect(shortcutFor(press(' '), { tagName: 'DIV', role: 'button' })).toBeNull();
    expect(shortcutFor(press('ArrowRight'), { tagName: 'INPUT', type: 'range' })).toBeNull();
    expect(shortcutFor(press('ArrowRight'), { tagName: 'DIV', role: 'slider' })).toBeNull();
    expect(shortcutFor(press('ArrowRight'), { tagName: 'BUTTON' })).toBe('step');
    expect(shortcutFor(press('r'), { tagName: 'INPUT', type: 'range' })).toBe('reset');
    expect(shortcutFor(press('s'), { tagName: 'INPUT', type: 'checkbox' })).toBe('step');
  });

  test('does nothing inside the open help dialog', () => {
    expect(shortcutFor(press('r'), { tagName: 'BUTTON', insideDialog: true })).toBeNull();
  });

  test('a held → or S keeps stepping; a held Space or R does not toggle or reset again', () => {
    expect(shortcutFor(press('ArrowRight', { repeat: true }), body)).toBe('step');
    expect(shortcutFor(press('s', { repeat: true }), body)).toBe('step');
    expect(shortcutFor(press(' ', { repeat: true }), body)).toBeNull();
    expect(shortcutFor(press('r', { repeat: true }), body)).toBeNull();
  });

  test.prop([fc.constantFrom(' ', 'ArrowRight', 's', 'r'), fc.constantFrom('ctrlKey', 'metaKey', 'altKey', 'shiftKey')])(
    'never fires with a modifier held (those keys belong to the browser)',
    (key, modifier) => {
      expect(shortcutFor(press(key, { [modifier]: true }), body)).toBeNull();
    },
  );
});

describe('lessonTurnFor', () => {
  test('Page Down and N turn to the next lesson, Page Up and P to the previous one', () => {
    for (const key of ['PageDown', 'n', 'N']) expect(lessonTurnFor(press(key), body)).toBe(1);
    for (const key of ['PageUp', 'p', 'P']) expect(lessonTurnFor(press(key), body)).toBe(-1);
    for (const key of [' ', 'ArrowRight', 's', 'r', 'x']) expect(lessonTurnFor(press(key), body)).toBeNull();
  });

  test('leaves the key to fields, modifiers and the help dialog, and turns once for a held key', () => {
    expect(lessonTurnFor(press('n'), { tagName: 'INPUT', type: 'text' })).toBeNull();
    expect(lessonTurnFor(press('PageDown'), { tagName: 'TEXTAREA' })).toBeNull();
    expect(lessonTurnFor(press('p', { ctrlKey: true }), body)).toBeNull();
    expect(lessonTurnFor(press('n'), { tagName: 'BUTTON', insideDialog: true })).toBeNull();
    expect(lessonTurnFor(press('PageDown', { repeat: true }), body)).toBeNull();
    expect(lessonTurnFor(press('n'), { tagName: 'BUTTON' })).toBe(1);
  });
});
