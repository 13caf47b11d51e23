import { describe, expect, test } from 'vitest';
import { naiveOverflow, softmaxSteps } from '../../model/softmaxSteps';
import { overflowNote } from './overflowNote';

describe('the naive softmax’s overflow, and the note that names it', () => {
  test('logits (709.5, 709.5, 0): no exp overflows, the sum does, and the naive P is (0, 0, 0) while the stable one is (½, ½, 0)', () => {
    const steps = softmaxSteps([709.5, 709.5, 0]);
    expect(steps.naiveExps.every(Number.isFinite)).toBe(true);
    expect(steps.naive).toEqual([0, 0, 0]);
    expect(steps.stable[0]).toBeCloseTo(0.5, 15);
    expect(naiveOverflow(steps)).toBe('sum');
    expect(overflowNote('sum', 3)).toMatch(/^overflow in the sum: every exp\(z_k\) is finite, .* every naive P is finite\/∞ = 0, .* above 709\.78 − ln K ≈ 708\.68\.$/);
  });

  test('a logit past 709.78: that class is NaN, the others 0', () => {
    const steps = softmaxSteps([800, 0, -5]);
    expect(naiveOverflow(steps)).toBe('exp');
    expect(Number.isNaN(steps.naive[0])).toBe(true);
    expect(steps.naive.slice(1)).toEqual([0, 0]);
    expect(overflowNote('exp', 3)).toBe('overflow: exp(z) is ∞ in float64 above z ≈ 709.78. The class whose exp overflows gets ∞/∞ = NaN; the others get finite/∞ = 0.');
  });

  test('ordinary logits: no overflow', () => {
    expect(naiveOverflow(softmaxSteps([3, -1, 0.5]))).toBeNull();
    expect(naiveOverflow(softmaxSteps([709, 0]))).toBeNull();
  });
});
