import { describe, expect, it } from 'vitest';
import { INTRO_SEEN_KEY, introSeen, markIntroSeen } from './introSeen';
import { memoryStorage } from './testing/memoryStorage';

const throwing = (): Storage => {
  const fail = () => {
    throw new Error('SecurityError');
  };
  return { length: 0, clear: fail, getItem: fail, key: fail, removeItem: fail, setItem: fail };
};

describe('introSeen', () => {
  it('is false on a first visit and true once marked', () => {
    const storage = memoryStorage();
    expect(introSeen(storage)).toBe(false);
    markIntroSeen(storage);
    expect(introSeen(storage)).toBe(true);
    expect(storage.getItem(INTRO_SEEN_KEY)).toBe('1');
  });

  it('reads another value under its key as not seen', () => {
    const storage = memoryStorage();
    storage.setItem(INTRO_SEEN_KEY, 'yes');
    expect(introSeen(storage)).toBe(false);
  });

  it('treats missing, throwing or full storage as not seen, and marking it as a no-op', () => {
    expect(introSeen(null)).toBe(false);
    expect(introSeen(throwing())).toBe(false);
    expect(() => markIntroSeen(null)).not.toThrow();
    expect(() => markIntroSeen(throwing())).not.toThrow();
    const full = memoryStorage(true);
    markIntroSeen(full);
    expect(introSeen(full)).toBe(false);
  });
});
