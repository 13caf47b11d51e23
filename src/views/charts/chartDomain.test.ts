import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { isPlottable, logTickValues, nearestSampleIndex, valueDomain } from './chartDomain';

describe('valueDomain', () => {
  test('linear: from 0 to the largest finite value, never below the minimum top', () => {
    expect(valueDomain([0.5, 2, Number.NaN, Number.POSITIVE_INFINITY], 'linear')).toEqual([0, 2]);
    expect(valueDomain([0, 0, 0], 'linear', 0.1)).toEqual([0, 0.1]);
    expect(valueDomain([], 'linear')).toEqual([0, 1]);
  });

  test('log: ignores zeros, negatives and non-finite values', () => {
    expect(valueDomain([0, -1, 1e-3, 2, Number.NaN], 'log')).toEqual([1e-3, 2]);
    expect(valueDomain([0, Number.NaN], 'log')).toEqual([0.1, 1]);
    expect(valueDomain([0.5, 0.5], 'log')).toEqual([0.05, 5]);
  });

  test.prop([fc.array(fc.double()), fc.constantFrom('linear' as const, 'log' as const)])(
    'always gives a finite, increasing range that a log scale can take when asked',
    (values, kind) => {
      const [low, high] = valueDomain(values, kind);
      expect(Number.isFinite(low) && Number.isFinite(high)).toBe(true);
      expect(low).toBeLessThan(high);
      if (kind === 'log') expect(low).toBeGreaterThan(0);
      for (const value of values) if (isPlottable(value, kind)) expect(value >= low && value <= high).toBe(true);
    },
  );
});

describe('nearestSampleIndex', () => {
  const samples = [0, 2, 4, 8, 16].map((step) => ({ step }));
  test('finds the nearest step, clamped to the ends', () => {
    expect(nearestSampleIndex(samples, 5)).toBe(2);
    expect(nearestSampleIndex(samples, 7)).toBe(3);
    expect(nearestSampleIndex(samples, -3)).toBe(0);
    expect(nearestSampleIndex(samples, 99)).toBe(4);
    expect(nearestSampleIndex([], 3)).toBe(-1);
  });
});

describe('logTickValues', () => {
  test('1, 2, 5 per decade over a short range', () => {
    expect(logTickValues([0.1, 10])).toEqual([0.1, 0.2, 0.5, 1, 2, 5, 10]);
  });

  test('no ticks for a range a log axis cannot show', () => {
    expect(logTickValues([1, Number.POSITIVE_INFINITY])).toEqual([]);
  });

  test('powers of ten, thinned, over a long range', () => {
    expect(logTickValues([1e-4, 1])).toEqual([1e-4, 1e-3, 0.01, 0.1, 1]);
    expect(logTickValues([1e-12, 10])).toEqual([1e-12, 1e-9, 1e-6, 1e-3, 1]);
  });

  test.prop([fc.double({ min: -300, max: 270, noNaN: true }), fc.double({ min: 0.01, max: 30, noNaN: true })])(
    'every tick lies in the range and there are at most a dozen',
    (lowExponent, span) => {
      const range: [number, number] = [10 ** lowExponent, 10 ** (lowExponent + span)];
      const ticks = logTickValues(range);
      expect(ticks.length).toBeGreaterThan(0);
      expect(ticks.length).toBeLessThanOrEqual(12);
      for (const tick of ticks) expect(tick >= range[0] * (1 - 1e-9) && tick <= range[1] * (1 + 1e-9)).toBe(true);
    },
  );
});
