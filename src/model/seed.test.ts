import { describe, expect, it } from 'vitest';
import { isSeed, MAX_SEED, nextSeed } from './seed';

describe('the seed rule', () => {
  it('accepts the whole numbers 0 to 2³² − 1 and nothing else', () => {
    expect([0, 1, 4294967295].map(isSeed)).toEqual([true, true, true]);
    expect([-1, 0.5, 4294967296, 1e308, Number.NaN, Number.POSITIVE_INFINITY].map(isSeed)).toEqual([false, false, false, false, false, false]);
  });

  it('the next seed is a different valid seed, wrapping at the top', () => {
    expect(nextSeed(7)).toBe(8);
    expect(nextSeed(MAX_SEED)).toBe(0);
  });
});
