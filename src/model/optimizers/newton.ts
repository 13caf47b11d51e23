import { choleskySolve } from '../cholesky';
import { countZeroEigenvalues, symmetricEigen, ZERO_EIGENVALUE_TOLERANCE } from '../eigen';
import type { Objective } from '../objective';
import { ROW } from '../parameters';
import { copyInto, createSplitPoint, normParts, stepInto, type SplitPoint } from '../splitPoint';
import { canStep, evaluateFull, stayed } from './fullGradient';
import { backtrackingLineSearch } from './lineSearch';
import { formatShortest } from '../numberFormat';
import type { HyperParameters, NewtonSingularTreatment, Optimizer, OptimizerDefinition, StepDiagnostics } from './types';

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
function createNewton(dimension: number): Optimizer {
  const gradient = createSplitPoint(dimension);
  const negativeGradient = new Float64Array(dimension);
  const direction = createSplitPoint(dimension);
  const trial = createSplitPoint(dimension);
  const moved = createSplitPoint(dimension);
  const before = createSplitPoint(dimension);
  return {
    step(point, objective: Objective, settings, tolerance): StepDiagnostics {
      const evaluation = evaluateFull(point, objective, gradient, tolerance);
      if (!canStep(evaluation)) return stayed(evaluation);
      for (let j = 0; j < dimension; j++) negativeGradient[j] = -gradient.free[j];
      // H does not depend on the class-mean, and it maps θ − m directions to θ − m directions, so the two parts of
      // the Newton step are solved apart: the free part from H, the mean part from the L2 curvature alone.
      const hessian = objective.hessian(point.free);
      const found =
        invertDirectly(hessian, dimension, negativeGradient, direction.free) ??
        solveFullUnregularised(objective, hessian, negativeGradient, direction.free, settings) ??
        solveByEigenvectors(hessian, dimension, gradient.free, direction.free, settings);
      meanPartOfStep(objective, gradient, found.treatment === 'damping' ? settings.damping : 0, direction);
      copyInto(before, point);
      const lineSearchStep = backtrackingLineSearch(objective, point, direction, evaluation.loss, gradient, trial);
      stepInto(moved, point, -1, before);
      return { ...evaluation, stepLength: normParts(moved, objective.classes), hessian: found, lineSearchStep };
    },
  };
}

/**
 * The class-mean part of the Newton step: along "every row shifted together" the data term is flat, so the only
 * curvature is the L2 term's, λ per penalised entry (plus μ when damping). Where there is none the gradient has no
 * component either (it is λ·m there), and the step is 0, which is also what the pseudo-inverse gives.
 */
function meanPartOfStep(objective: Objective, gradient: SplitPoint, damping: number, out: SplitPoint): void {
  for (let i = 0; i < ROW; i++) {
    const curvature = objective.spec.l2 * objective.penaltyMask[i] + damping;
    out.offset[i] = curvature > 0 ? -gradient.offset[i] / curvature : 0;
  }
}

function invertDirectly(hessian: Float64Array, n: number, rhs: Float64Array, out: Float64Array): NewtonDirection | null {
  return choleskySolve(hessian, n, rhs, out, ZERO_EIGENVALUE_TOLERANCE) ? { zeroEigenvalues: 0, treatment: 'inverse' } : null;
}

function solveFullUnregularised(
  objective: Objective,
  hessian: Float64Array,
  rhs: Float64Array,
  out: Float64Array,
  settings: HyperParameters,
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
  settings: HyperParameters,
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

export const newton: OptimizerDefinition = {
  label: 'Newton',
  nameInProse: "Newton's method",
  description: 'Newton: exact Hessian; where singular, pseudo-inverse or damping. A line search picks the step size.',
  settingsUsed: (s) => (s.newtonTreatment === 'damping' ? ['newtonTreatment', 'damping'] : ['newtonTreatment']),
  create: (dimension) => createNewton(dimension),
  lineSearch: true,
  plainStep: false,
  miniBatches: false,
  movesClassMean: false,
  stableStepNote: 'Newton’s method picks its own step size by a line search, so these limits do not bound its steps.',
  describeSettings: (s) => (s.newtonTreatment === 'damping' ? `, damping μ = ${formatShortest(s.damping)}` : ', pseudo-inverse'),
  script: null,
};
