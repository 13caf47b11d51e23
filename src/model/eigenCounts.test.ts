import { describe, expect, it } from 'vitest';
import { conditionNumber, countZeroEigenvalues } from './eigen';

describe('zero eigenvalues and the condition number of a PSD Hessian', () => {
  it('a smallest eigenvalue that rounding made negative counts as zero: κ = ∞, never negative', () => {
    const ascending = Float64Array.of(-2e-3, 0.5, 1, 3);
    expect(conditionNumber(ascending)).toBe(Infinity);
    expect(conditionNumber(Float64Array.of(0.5, 1, 3))).toBe(6);
  });

  it('a rounding floor above the relative tolerance decides what is zero, for the count and κ alike', () => {
    const ascending = Float64Array.of(1e-6, 2e-6, 0.5, 1);
    expect(countZeroEigenvalues(ascending)).toBe(0);
    expect(countZeroEigenvalues(ascending, 1e-5)).toBe(2);
    expect(conditionNumber(ascending, 1e-5)).toBe(Infinity);
    expect(conditionNumber(ascending)).toBe(1e6);
  });
});
