import { useCallback, useEffect } from 'react';
import { useLabStore } from '../../store/LabStoreContext';
import type { KeyPress, KeyTarget, ShortcutAction } from './keyboardShortcuts';

/** Which keys do what: keyboardShortcuts.ts, loaded once the page is up (no key is needed before first paint). */
type KeyReader<T> = (press: KeyPress, target: KeyTarget) => T | null;
const shortcuts = () => import('./keyboardShortcuts');
const readShortcut = () => shortcuts().then((module): KeyReader<ShortcutAction> => module.shortcutFor);
const readLessonTurn = () => shortcuts().then((module): KeyReader<1 | -1> => module.lessonTurnFor);
const readNoKey = () => Promise.resolve((): null => null);

/** What shortcutFor needs to know about the element a key went to. */
function describeTarget(target: EventTarget | null): KeyTarget {
  if (!(target instanceof HTMLElement)) return { tagName: '' };
  return {
    tagName: target.tagName,
    type: target instanceof HTMLInputElement ? target.type : undefined,
    role: target.getAttribute('role'),
    isContentEditable: target.isContentEditable,
    insideDialog: target.closest('dialog[open]') !== null,
  };
}

/**
 * Space plays or pauses, → or S takes one step, R resets — anywhere on the page except where the key is
 * needed by what has focus (see shortcutFor); `perform` says what each does in the view that mounts this (the
 * lab or the race). Mount once per view: every mounted copy would act on each key. `perform` should be stable.
 */
export function useShortcutKeys(perform: (action: ShortcutAction) => void): void {
  useKeys(readShortcut, perform);
}

/**
 * Page Down or N opens the next lesson, Page Up or P the previous one (see lessonTurnFor): the presentation's
 * keys, where the page does not scroll. `turn` should be stable.
 */
export function useLessonKeys(turn: (by: 1 | -1) => void): void {
  useKeys(readLessonTurn, turn);
}

/**
 * Calls `perform` with what the reader from `load` makes of each key press on the page; the key then does nothing
 * else. A key pressed in the few milliseconds before the reader has loaded acts once it has (its default, such as
 * Space scrolling the page, is not held back then).
 */
function useKeys<T>(load: () => Promise<KeyReader<T>>, perform: (value: T) => void): void {
  useEffect(() => {
    let live = true;
    let read: KeyReader<T> | null = null;
    let early: { press: KeyPress; target: KeyTarget }[] = [];
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (read === null) return void early.push({ press: event, target: describeTarget(event.target) });
      const value = read(event, describeTarget(event.target));
      if (value === null) return;
      // Space would otherwise scroll the page, → scroll it sideways.
      event.preventDefault();
      perform(value);
    };
    // A reader that cannot load (a deploy replaced the files) leaves the keys to the page, as without shortcuts.
    load().then(
      (reader) => {
        if (!live) return;
        read = reader;
        for (const { press, target } of early) {
          const value = reader(press, target);
          if (value !== null) perform(value);
        }
        early = [];
      },
      () => undefined,
    );
    window.addEventListener('keydown', onKeyDown);
    return () => {
      live = false;
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [load, perform]);
}

/** The lab's keys: they play, step and reset the lab's run (while `enabled`; the keys are then left alone). */
export function useKeyboardShortcuts(enabled = true): void {
  const store = useLabStore();
  const perform = useCallback(
    (action: ShortcutAction) => {
      const state = store.getState();
      if (action === 'togglePlay') state.togglePlay();
      else if (action === 'step') state.stepOnce();
      else state.reset();
    },
    [store],
  );
  useKeys(enabled ? readShortcut : readNoKey, perform);
}
