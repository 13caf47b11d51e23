import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { INTRO_SEEN_KEY } from '../share/introSeen';
import { SESSION_KEY } from '../share/savedSession';

/** public/boot.js, the classic script that runs in <head> before the prerendered page paints. */
const script = readFileSync(new URL('../../public/boot.js', import.meta.url), 'utf8');

/** The attributes boot.js sets on <html> for this address and this storage (or storage that throws on access). */
function bootMarks(search: string, items: Readonly<Record<string, string>> | 'throws'): Record<string, string> {
  const marks: Record<string, string> = {};
  const window = {
    location: { search },
    get localStorage() {
      if (items === 'throws') throw new Error('SecurityError: access denied');
      return { getItem: (key: string) => items[key] ?? null };
    },
  };
  const documentElement = { setAttribute: (name: string, value: string) => (marks[name] = value) };
  runInNewContext(script, { window, document: { documentElement } });
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
