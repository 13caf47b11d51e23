import type { Objective } from '../objective';
import { ROW } from '../parameters';
import { copyInto, copySplitPoint, createSplitPoint, dotParts, normParts, stepInto, type SplitPoint } from '../splitPoint';
import { canStep, evaluateFull, stayed } from './fullGradient';
import { backtrackingLineSearch } from './lineSearch';
import type { Optimizer, OptimizerDefinition, StepDiagnostics } from './types';

const MEMORY = 10;

/**
 * Limited-memory BFGS (two-loop recursion, the last 10 curvature pairs) with a backtracking line search.
 * Its directions are combinations of past gradients, so without L2 it too leaves the class-mean alone.
 * Every vector is a two-part point and every dot product the one of the K×3 matrices they stand for.
 */
function createLbfgs(dimension: number): Optimizer {
  const gradient = createSplitPoint(dimension);
  const direction = createSplitPoint(dimension);
  const trial = createSplitPoint(dimension);
  const previousPoint = createSplitPoint(dimension);
  const previousGradient = createSplitPoint(dimension);
  const moved = createSplitPoint(dimension);
  const displacements: SplitPoint[] = [];
  const gradientChanges: SplitPoint[] = [];
  const alphas = new Float64Array(MEMORY);
  let hasPrevious = false;
  let classes = 1;

  const dot = (a: SplitPoint, b: SplitPoint) => dotParts(a, b, classes);
  /** target += t·v, part by part. */
  const addScaled = (target: SplitPoint, t: number, v: SplitPoint) => stepInto(target, target, t, v);

  const rememberCurvature = (point: SplitPoint) => {
    const s = copySplitPoint(point);
    const y = copySplitPoint(gradient);
    addScaled(s, -1, previousPoint);
    addScaled(y, -1, previousGradient);
    // A pair without positive curvature would make the implicit inverse Hessian indefinite: skip it.
    if (dot(s, y) <= 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) return;
    displacements.push(s);
    gradientChanges.push(y);
    if (displacements.length > MEMORY) {
      displacements.shift();
      gradientChanges.shift();
    }
  };

  const twoLoopDirection = () => {
    for (let j = 0; j < dimension; j++) direction.free[j] = -gradient.free[j];
    for (let i = 0; i < ROW; i++) direction.offset[i] = -gradient.offset[i];
    const count = displacements.length;
    for (let i = count - 1; i >= 0; i--) {
      alphas[i] = dot(displacements[i], direction) / dot(gradientChanges[i], displacements[i]);
      addScaled(direction, -alphas[i], gradientChanges[i]);
    }
    const gamma = count > 0
      ? dot(displacements[count - 1], gradientChanges[count - 1]) / dot(gradientChanges[count - 1], gradientChanges[count - 1])
      : 1 / Math.max(1, Math.sqrt(dot(gradient, gradient)));
    for (let j = 0; j < dimension; j++) direction.free[j] *= gamma;
    for (let i = 0; i < ROW; i++) direction.offset[i] *= gamma;
    for (let i = 0; i < count; i++) {
      const beta = dot(gradientChanges[i], direction) / dot(gradientChanges[i], displacements[i]);
      addScaled(direction, alphas[i] - beta, displacements[i]);
    }
  };

  return {
    step(point, objective: Objective, _settings, tolerance): StepDiagnostics {
      classes = objective.classes;
      const evaluation = evaluateFull(point, objective, gradient, tolerance);
      if (!canStep(evaluation)) return stayed(evaluation);
      if (hasPrevious) rememberCurvature(point);
      twoLoopDirection();
      copyInto(previousPoint, point);
      copyInto(previousGradient, gradient);
      hasPrevious = true;
      let lineSearchStep = backtrackingLineSearch(objective, point, direction, evaluation.loss, gradient, trial);
      if (lineSearchStep === 0 && displacements.length > 0) {
        // The quasi-Newton model has gone stale: forget it and fall back to steepest descent.
        displacements.length = 0;
        gradientChanges.length = 0;
        twoLoopDirection();
        lineSearchStep = backtrackingLineSearch(objective, point, direction, evaluation.loss, gradient, trial);
      }
      stepInto(moved, point, -1, previousPoint);
      return { ...evaluation, stepLength: normParts(moved, classes), lineSearchStep };
    },
  };
}

export const lbfgs: OptimizerDefinition = {
  label: 'L-BFGS',
  nameInProse: 'L-BFGS',
  description: `L-BFGS: a Hessian estimate built from the last ${MEMORY} steps. A line search picks the step size.`,
  settingsUsed: () => [],
  create: (dimension) => createLbfgs(dimension),
  lineSearch: true,
  plainStep: false,
  miniBatches: false,
  movesClassMean: false,
  stableStepNote: 'L-BFGS picks its own step size by a line search, so these limits do not bound its steps.',
  describeSettings: () => '',
  script: null,
};
