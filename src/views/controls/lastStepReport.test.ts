import { describe, expect, test } from 'vitest';
import type { StepDiagnostics } from '../../model/optimizers';
import { describeLastStep } from './lastStepReport';

const base: StepDiagnostics = { loss: 1, gradNorm: 0.5, gradMaxNorm: 0.3, stepLength: 0.1, converged: false };

describe('describeLastStep', () => {
  test('says nothing before a step or after a first-order one', () => {
    expect(describeLastStep(null)).toBeNull();
    expect(describeLastStep(base)).toBeNull();
  });

  test('reports a singular Hessian and how Newton treated it', () => {
    expect(describeLastStep({ ...base, hessian: { zeroEigenvalues: 3, treatment: 'pseudoinverse' } })).toBe(
      'Last step: Hessian singular (3 zero eigenvalues), used the pseudo-inverse.',
    );
    expect(describeLastStep({ ...base, hessian: { zeroEigenvalues: 1, treatment: 'damping' }, lineSearchStep: 0.5 })).toBe(
      'Last step: Hessian singular (1 zero eigenvalue), added damping μ to every eigenvalue; line search accepted step size 0.5.',
    );
    expect(describeLastStep({ ...base, hessian: { zeroEigenvalues: 0, treatment: 'inverse' } })).toMatch(/invertible/);
  });

  test('reports the line search step of L-BFGS', () => {
    expect(describeLastStep({ ...base, lineSearchStep: 1 })).toBe('Last step: line search accepted step size 1.');
    // Through the one formatter: a tiny step reads with U+2212, as every other number does.
    expect(describeLastStep({ ...base, lineSearchStep: 2 ** -20 })).toBe('Last step: line search accepted step size 9.537e−7.');
  });
});
