import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { sigmoid, twoClassScore } from './sigmoid';
import { EXP_OVERFLOW, logitsAt, softmaxSteps } from './softmaxSteps';
import { softmax } from './softmax';

describe('softmaxSteps', () => {
  it('pins the overflow threshold of exp in float64 at ln(Number.MAX_VALUE) ≈ 709.78', () => {
    expect(EXP_OVERFLOW).toBeCloseTo(709.782712893384, 12);
    expect(Math.exp(EXP_OVERFLOW)).toBeLessThan(Infinity);
    expect(Math.exp(709.79)).toBe(Infinity);
  });

  it('past the threshold the naive formula gives ∞/∞ = NaN and finite/∞ = 0; the stable one stays finite', () => {
    const steps = softmaxSteps([800, 0, 795]);
    expect(steps.naiveExps).toEqual([Infinity, 1, Infinity]);
    expect(steps.naive).toEqual([NaN, 0, NaN]);
    expect(steps.shifted).toEqual([0, -800, -5]);
    expect(steps.shiftedExps[0]).toBe(1);
    expect(steps.stable[0]).toBeCloseTo(1 / (1 + Math.exp(-5)), 15);
    expect(steps.stable[2]).toBeCloseTo(Math.exp(-5) / (1 + Math.exp(-5)), 15);
    expect(steps.stable.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
  });

  test.prop([fc.array(fc.double({ min: -700, max: 700, noNaN: true }), { minLength: 2, maxLength: 8 })])(
    'below the threshold both formulas give the same probabilities',
    (logits) => {
      const { naive, stable } = softmaxSteps(logits);
      // Both lose digits only to rounding (and the naive sum to underflow of tiny terms, which are then ≈ 0).
      stable.forEach((p, k) => expect(Math.abs(p - naive[k])).toBeLessThan(1e-9));
    },
  );

  it('logitsAt is θ_k·(1, x1, x2), times the scale', () => {
    const theta = [1, 2, 3, -1, 0.5, 0];
    expect(logitsAt(theta, 2, 2, -1)).toEqual([1 + 4 - 3, -1 + 1]);
    expect(logitsAt(theta, 2, 2, -1, 100)).toEqual([200, 0]);
  });
});

describe('two classes: the sigmoid', () => {
  test.prop([
    fc.array(fc.double({ min: -20, max: 20, noNaN: true }), { minLength: 6, maxLength: 6 }),
    fc.double({ min: -5, max: 5, noNaN: true }),
    fc.double({ min: -5, max: 5, noNaN: true }),
  ])('P(y=1|x) by softmax equals σ((θ₁ − θ₀)·x̃)', (theta, x1, x2) => {
    const p = softmax(logitsAt(theta, 2, x1, x2));
    expect(Math.abs(p[1] - sigmoid(twoClassScore(theta, x1, x2)))).toBeLessThan(1e-12);
  });

  it('σ is 1/2 at 0, saturates without NaN', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
  });
});
