import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { INTRO_SEEN_KEY } from '../share/introSeen';
import { SESSION_KEY } from '../share/savedSession';

/** boot.js, the script that runs in <head> before the prerendered page paints (inline in the build). */
const script = readFileSync(new URL('./boot.js', import.meta.url), 'utf8');

/** A failed load as boot.js's capturing listener sees it: the element that fired `error`, and whether the app had started. */
interface FailedLoad {
  readonly tagName: string;
  readonly started: boolean;
}

/**
 * The attributes boot.js sets on <html> for this address and this storage (or storage that throws on access), after
 * the page's elements have reported `failures`.
 */
function bootMarks(search: string, items: Readonly<Record<string, string>> | 'throws', failures: readonly FailedLoad[] = []): Record<string, string> {
  const marks: Record<string, string> = {};
  const listeners: Array<(event: { target: { tagName: string } | null }) => void> = [];
  let started = false;
  const window = {
    location: { search },
    get localStorage() {
      if (items === 'throws') throw new Error('SecurityError: access denied');
      return { getItem: (key: string) => items[key] ?? null };
    },
    addEventListener: (type: string, listener: (typeof listeners)[number], capture: boolean) => {
      // Load errors do not bubble: only a capturing listener on window hears them.
      if (type === 'error' && capture) listeners.push(listener);
    },
  };
  const documentElement = { setAttribute: (name: string, value: string) => (marks[name] = value) };
  const root = { hasAttribute: (name: string) => name === 'data-started' && started };
  runInNewContext(script, { window, document: { documentElement, getElementById: (id: string) => (id === 'root' ? root : null) } });
  for (const failure of failures) {
    started = failure.started;
    for (const listener of listeners) listener({ target: { tagName: failure.tagName } });
  }
  return marks;
}

describe('boot.js marks a visit that must not show the prerendered default', () => {
  test('a default visit: no mark, the prerendered page shows', () => {
    expect(bootMarks('', {})).toEqual({});
    expect(bootMarks('?', {})).toEqual({});
  });

  test('a link with settings, an embed (wherever its key stands), a saved session', () => {
    expect(bootMarks('?k=5&l2=0.25', {})).toEqual({ 'data-boot': 'link' });
    expect(bootMarks('?lesson=3', {})).toEqual({ 'data-boot': 'link' });
    expect(bootMarks('?embed=1&panels=regions', {})).toEqual({ 'data-boot': 'embed' });
    expect(bootMarks('?k=5&embed=1', {})).toEqual({ 'data-boot': 'embed' });
    expect(bootMarks('', { [SESSION_KEY]: 'v=1&k=5' })).toEqual({ 'data-boot': 'session' });
    // The address wins over the session, as in startupState.
    expect(bootMarks('?k=4', { [SESSION_KEY]: 'v=1&k=5' })).toEqual({ 'data-boot': 'link' });
  });

  test('a visitor who put the intro away, with or without a session', () => {
    expect(bootMarks('', { [INTRO_SEEN_KEY]: '1' })).toEqual({ 'data-intro-seen': '' });
    expect(bootMarks('', { [INTRO_SEEN_KEY]: '1', [SESSION_KEY]: 'v=1' })).toEqual({ 'data-boot': 'session', 'data-intro-seen': '' });
    // Only the value introSeen() reads as seen.
    expect(bootMarks('', { [INTRO_SEEN_KEY]: 'yes' })).toEqual({});
  });

  test('storage that throws holds no session: the address alone decides', () => {
    expect(bootMarks('', 'throws')).toEqual({});
    expect(bootMarks('?k=5', 'throws')).toEqual({ 'data-boot': 'link' });
  });
});

describe('boot.js shows the message for files that did not load, until the app has started', () => {
  test('the app’s script, a module preload or a style sheet failing before the start marks the page failed', () => {
    expect(bootMarks('', {}, [{ tagName: 'SCRIPT', started: false }])).toEqual({ 'data-boot': 'failed' });
    expect(bootMarks('', {}, [{ tagName: 'LINK', started: false }])).toEqual({ 'data-boot': 'failed' });
    // Over a link's or a session's mark too: the visit's own state will never render.
    expect(bootMarks('?k=5', {}, [{ tagName: 'SCRIPT', started: false }])).toEqual({ 'data-boot': 'failed' });
  });

  test('an image failing, or a lazy chunk failing once the app runs, leaves the page to the app', () => {
    expect(bootMarks('', {}, [{ tagName: 'IMG', started: false }])).toEqual({});
    expect(bootMarks('', {}, [{ tagName: 'SCRIPT', started: true }, { tagName: 'LINK', started: true }])).toEqual({});
  });
});
