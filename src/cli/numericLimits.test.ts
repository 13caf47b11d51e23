import { describe, expect, it } from 'vitest';
import { firstNonFiniteField, nonFiniteInStep } from './numericLimits';

const finiteStep = { loss: 1, gradNorm: 2, gradMaxNorm: 1, stepLength: 0.1, converged: false, diverged: false };

describe('nonFiniteInStep', () => {
  it('names the first non-finite quantity of a step, the loss before the gradient before θ', () => {
    expect(nonFiniteInStep(finiteStep)).toBeNull();
    expect(nonFiniteInStep({ ...finiteStep, loss: Infinity, gradNorm: NaN })).toBe('the loss J became non-finite');
    // A gradient can be non-finite while the trainer (checking θ and J) still calls the step fine.
    expect(nonFiniteInStep({ ...finiteStep, gradNorm: Infinity })).toBe('the gradient became non-finite');
    expect(nonFiniteInStep({ ...finiteStep, gradMaxNorm: NaN })).toBe('the gradient became non-finite');
    expect(nonFiniteInStep({ ...finiteStep, diverged: true })).toBe('θ became non-finite or passed ±1e300');
  });
});

describe('firstNonFiniteField', () => {
  it('finds a non-finite number in a scalar field or inside rows, and nothing in a finite report', () => {
    expect(firstNonFiniteField({ loss: 1, theta: [[0, -1e308]], converged: true, separable: false })).toBeNull();
    expect(firstNonFiniteField({ loss: 1, theta: [[0, 1], [2, NaN]] })).toBe('theta');
    expect(firstNonFiniteField({ gradNorm: Infinity, hessianEigenvalues: [NaN] })).toBe('gradNorm');
    expect(firstNonFiniteField({ steps: 3, hessianEigenvalues: [0, -Infinity] })).toBe('hessianEigenvalues');
  });
});
