import { choleskySolve } from '../cholesky';
import { countZeroEigenvalues, symmetricEigen, ZERO_EIGENVALUE_TOLERANCE } from '../eigen';
import type { Objective } from '../objective';
import { ROW } from '../parameters';
import { evaluateFull, stayed } from './fullGradient';
import { backtrackingLineSearch } from './lineSearch';
import type { NewtonSingularTreatment, OptimizerSettings, Optimizer, StepDiagnostics } from './types';

interface NewtonDirection {
  readonly zeroEigenvalues: number;
  readonly treatment: 'inverse' | NewtonSingularTreatment;
}

/**
 * Newton's method with the exact Hessian and a backtracking line search. A singular Hessian (three zero
 * eigenvalues in the full, unregularised model) is handled rather than inverted into infinities: either the
 * pseudo-inverse (zero-curvature directions get no step; the gradient has no component there anyway) or
 * damping (μ added to every eigenvalue).
 *
 * The direction is found the cheapest exact way that applies: Cholesky when H is positive definite; for the
 * full unregularised model, Cholesky of the reduced system (one class row held at 0, which is the reference
 * Hessian) followed by removing the class-mean, which is exactly the pseudo-inverse step because the null
 * space is then precisely the three shifts; and an eigen-decomposition otherwise.
 */
export function createNewton(dimension: number): Optimizer {
  const gradient = new Float64Array(dimension);
  const negativeGradient = new Float64Array(dimension);
  const direction = new Float64Array(dimension);
  const trial = new Float64Array(dimension);
  const before = new Float64Array(dimension);
  return {
    kind: 'newton',
    step(free, objective: Objective, settings, tolerance): StepDiagnostics {
      const evaluation = evaluateFull(free, objective, gradient, tolerance);
      if (evaluation.converged || !Number.isFinite(evaluation.loss)) return stayed(evaluation);
      for (let j = 0; j < dimension; j++) negativeGradient[j] = -gradient[j];
      const hessian = objective.hessian(free);
      const found =
        invertDirectly(hessian, dimension, negativeGradient, direction) ??
        solveFullUnregularised(objective, hessian, negativeGradient, direction, settings) ??
        solveByEigenvectors(hessian, dimension, gradient, direction, settings);
      before.set(free);
      const lineSearchStep = backtrackingLineSearch(objective, free, direction, evaluation.loss, gradient, trial);
      let squared = 0;
      for (let j = 0; j < dimension; j++) squared += (free[j] - before[j]) ** 2;
      return { ...evaluation, stepLength: Math.sqrt(squared), hessian: found, lineSearchStep };
    },
  };
}

function invertDirectly(hessian: Float64Array, n: number, rhs: Float64Array, out: Float64Array): NewtonDirection | null {
  return choleskySolve(hessian, n, rhs, out, ZERO_EIGENVALUE_TOLERANCE) ? { zeroEigenvalues: 0, treatment: 'inverse' } : null;
}

function solveFullUnregularised(
  objective: Objective,
  hessian: Float64Array,
  rhs: Float64Array,
  out: Float64Array,
  settings: OptimizerSettings,
): NewtonDirection | null {
  const { spec, classes, dimension } = objective;
  if (spec.parametrization.kind !== 'full' || spec.l2 !== 0) return null;
  // Holding the last class row at zero leaves the reference-class system, which is positive definite exactly
  // when the full Hessian's null space is the three shifts and nothing more.
  const reduced = dimension - ROW;
  const reducedHessian = new Float64Array(reduced * reduced);
  for (let i = 0; i < reduced; i++) for (let j = 0; j < reduced; j++) reducedHessian[i * reduced + j] = hessian[i * dimension + j];
  const reducedStep = new Float64Array(reduced);
  if (!choleskySolve(reducedHessian, reduced, rhs.subarray(0, reduced), reducedStep, ZERO_EIGENVALUE_TOLERANCE)) return null;
  if (settings.newtonTreatment === 'damping') {
    const damped = Float64Array.from(hessian);
    for (let i = 0; i < dimension; i++) damped[i * dimension + i] += settings.damping;
    // H + μI is positive definite because H is positive semi-definite.
    return choleskySolve(damped, dimension, rhs, out, 0) ? { zeroEigenvalues: 3, treatment: 'damping' } : null;
  }
  out.fill(0);
  out.set(reducedStep);
  for (let i = 0; i < ROW; i++) {
    let mean = 0;
    for (let k = 0; k < classes; k++) mean += out[ROW * k + i];
    mean /= classes;
    for (let k = 0; k < classes; k++) out[ROW * k + i] -= mean;
  }
  return { zeroEigenvalues: 3, treatment: 'pseudoinverse' };
}

function solveByEigenvectors(
  hessian: Float64Array,
  dimension: number,
  gradient: Float64Array,
  out: Float64Array,
  settings: OptimizerSettings,
): NewtonDirection {
  const { values, vectors } = symmetricEigen(hessian, dimension);
  const zeroEigenvalues = countZeroEigenvalues(values);
  const treatment = zeroEigenvalues === 0 ? 'inverse' : settings.newtonTreatment;
  const largest = Math.max(Math.abs(values[0]), Math.abs(values[dimension - 1]));
  const cutoff = ZERO_EIGENVALUE_TOLERANCE * largest;
  out.fill(0);
  for (let e = 0; e < dimension; e++) {
    const curvature = treatment === 'damping' ? values[e] + settings.damping : values[e];
    if (treatment !== 'damping' && curvature <= cutoff) continue;
    if (!(curvature > 0)) continue;
    let projection = 0;
    for (let j = 0; j < dimension; j++) projection += vectors[j * dimension + e] * gradient[j];
    const coefficient = -projection / curvature;
    for (let j = 0; j < dimension; j++) out[j] += coefficient * vectors[j * dimension + e];
  }
  return { zeroEigenvalues, treatment };
}
