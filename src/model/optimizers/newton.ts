import { countZeroEigenvalues, symmetricEigen, ZERO_EIGENVALUE_TOLERANCE } from '../eigen';
import type { Objective } from '../objective';
import { evaluateFull, stayed } from './fullGradient';
import { backtrackingLineSearch } from './lineSearch';
import type { Optimizer, StepDiagnostics } from './types';

/**
 * Newton's method with the exact Hessian, solved through its eigen-decomposition so that a singular Hessian
 * (three zero eigenvalues in the full, unregularised model) is handled rather than inverted into infinities:
 * either the pseudo-inverse (directions with zero curvature get no step; the gradient has no component there
 * anyway) or damping (μ added to every eigenvalue). A backtracking line search keeps every step a descent.
 */
export function createNewton(dimension: number): Optimizer {
  const gradient = new Float64Array(dimension);
  const direction = new Float64Array(dimension);
  const trial = new Float64Array(dimension);
  const before = new Float64Array(dimension);
  return {
    kind: 'newton',
    step(free, objective: Objective, settings, tolerance): StepDiagnostics {
      const evaluation = evaluateFull(free, objective, gradient, tolerance);
      if (evaluation.converged || !Number.isFinite(evaluation.loss)) return stayed(evaluation);
      const { values, vectors } = symmetricEigen(objective.hessian(free), dimension);
      const zeroEigenvalues = countZeroEigenvalues(values);
      const treatment = zeroEigenvalues === 0 ? 'inverse' : settings.newtonTreatment;
      const largest = Math.max(Math.abs(values[0]), Math.abs(values[dimension - 1]));
      const cutoff = ZERO_EIGENVALUE_TOLERANCE * largest;
      direction.fill(0);
      for (let e = 0; e < dimension; e++) {
        const curvature = treatment === 'damping' ? values[e] + settings.damping : values[e];
        if (treatment !== 'damping' && curvature <= cutoff) continue;
        if (!(curvature > 0)) continue;
        let projection = 0;
        for (let j = 0; j < dimension; j++) projection += vectors[j * dimension + e] * gradient[j];
        const coefficient = -projection / curvature;
        for (let j = 0; j < dimension; j++) direction[j] += coefficient * vectors[j * dimension + e];
      }
      before.set(free);
      const lineSearchStep = backtrackingLineSearch(objective, free, direction, evaluation.loss, gradient, trial);
      let squared = 0;
      for (let j = 0; j < dimension; j++) squared += (free[j] - before[j]) ** 2;
      return { ...evaluation, stepLength: Math.sqrt(squared), hessian: { zeroEigenvalues, treatment }, lineSearchStep };
    },
  };
}
