import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { stepTickValues } from './stepTicks';

describe('stepTickValues', () => {
  test('a 10-step race on a wide chart gets whole steps only', () => {
    expect(stepTickValues(0, 10, 25)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(stepTickValues(0, 1, 25)).toEqual([0, 1]);
    expect(stepTickValues(0, 3000, 5)).toEqual([0, 500, 1000, 1500, 2000, 2500, 3000]);
  });

  test('golden values: a wide chart over the first ten steps labels whole steps, never 0.5', () => {
    expect(stepTickValues(0, 10, 36)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(stepTickValues(0, 1000, 5)).toEqual([0, 200, 400, 600, 800, 1000]);
  });

  test.prop([fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 10, max: 1e7 }), fc.integer({ min: 2, max: 60 })])(
    'every tick is a whole step inside the range, and there are at most about `count`',
    (low, span, count) => {
      const values = stepTickValues(low, low + span, count);
      expect(values.length).toBeGreaterThan(0);
      expect(values.length).toBeLessThanOrEqual(2 * count + 1);
      for (const value of values) {
        expect(Number.isInteger(value)).toBe(true);
        expect(value >= low && value <= low + span).toBe(true);
      }
    },
  );
});
