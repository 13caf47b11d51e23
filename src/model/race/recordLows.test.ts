import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createRecordLows } from './recordLows';

/** The definition, by brute force over every loss. */
function firstStepAtOrBelow(losses: readonly number[], target: number): number | null {
  const index = losses.findIndex((loss) => loss <= target);
  return index < 0 ? null : index;
}

const lossRuns = fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1, maxLength: 300 });

describe('record lows', () => {
  test.prop([lossRuns, fc.double({ min: 0, max: 10, noNaN: true })])(
    'answer "first step at or below a target" exactly, while under capacity',
    (losses, target) => {
      const lows = createRecordLows(512);
      losses.forEach((loss, step) => lows.record(step, loss));
      expect(lows.firstStepAtOrBelow(target)).toBe(firstStepAtOrBelow(losses, target));
      expect(lows.best).toBe(Math.min(...losses));
    },
  );

  test.prop([fc.integer({ min: 10, max: 2000 }), fc.double({ min: 0, max: 1, noNaN: true })])(
    'past capacity stay bounded, never answer early and are late by little',
    (steps, fraction) => {
      const lows = createRecordLows(16);
      const losses = Array.from({ length: steps }, (_, step) => 1 / (1 + step));
      losses.forEach((loss, step) => lows.record(step, loss));
      const target = losses[Math.floor(fraction * (steps - 1))];
      const exact = firstStepAtOrBelow(losses, target)!;
      const answer = lows.firstStepAtOrBelow(target)!;
      expect(answer).toBeGreaterThanOrEqual(exact);
      expect(answer - exact).toBeLessThanOrEqual(Math.ceil((4 * steps) / 16));
      expect(lows.best).toBe(losses[steps - 1]);
    },
  );

  it('ignore non-finite losses', () => {
    const lows = createRecordLows();
    lows.record(0, Number.NaN);
    lows.record(1, Infinity);
    expect(lows.best).toBe(Infinity);
    expect(lows.firstStepAtOrBelow(1)).toBeNull();
  });
});
