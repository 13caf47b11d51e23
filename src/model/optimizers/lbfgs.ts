import type { Objective } from '../objective';
import { evaluateFull, stayed } from './fullGradient';
import { backtrackingLineSearch } from './lineSearch';
import type { Optimizer, StepDiagnostics } from './types';

const MEMORY = 10;

/**
 * Limited-memory BFGS (two-loop recursion, the last 10 curvature pairs) with a backtracking line search.
 * Its directions are combinations of past gradients, so without L2 it too leaves the class-mean alone.
 */
export function createLbfgs(dimension: number): Optimizer {
  const gradient = new Float64Array(dimension);
  const direction = new Float64Array(dimension);
  const trial = new Float64Array(dimension);
  const previousFree = new Float64Array(dimension);
  const previousGradient = new Float64Array(dimension);
  const displacements: Float64Array[] = [];
  const gradientChanges: Float64Array[] = [];
  const alphas = new Float64Array(MEMORY);
  let hasPrevious = false;

  const dot = (a: Float64Array, b: Float64Array) => {
    let sum = 0;
    for (let j = 0; j < dimension; j++) sum += a[j] * b[j];
    return sum;
  };

  const rememberCurvature = (free: Float64Array) => {
    const s = new Float64Array(dimension);
    const y = new Float64Array(dimension);
    for (let j = 0; j < dimension; j++) {
      s[j] = free[j] - previousFree[j];
      y[j] = gradient[j] - previousGradient[j];
    }
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
    for (let j = 0; j < dimension; j++) direction[j] = -gradient[j];
    const count = displacements.length;
    for (let i = count - 1; i >= 0; i--) {
      alphas[i] = dot(displacements[i], direction) / dot(gradientChanges[i], displacements[i]);
      for (let j = 0; j < dimension; j++) direction[j] -= alphas[i] * gradientChanges[i][j];
    }
    const gamma = count > 0
      ? dot(displacements[count - 1], gradientChanges[count - 1]) / dot(gradientChanges[count - 1], gradientChanges[count - 1])
      : 1 / Math.max(1, Math.sqrt(dot(gradient, gradient)));
    for (let j = 0; j < dimension; j++) direction[j] *= gamma;
    for (let i = 0; i < count; i++) {
      const beta = dot(gradientChanges[i], direction) / dot(gradientChanges[i], displacements[i]);
      for (let j = 0; j < dimension; j++) direction[j] += (alphas[i] - beta) * displacements[i][j];
    }
  };

  return {
    kind: 'lbfgs',
    step(free, objective: Objective, _settings, tolerance): StepDiagnostics {
      const evaluation = evaluateFull(free, objective, gradient, tolerance);
      if (evaluation.converged || !Number.isFinite(evaluation.loss)) return stayed(evaluation);
      if (hasPrevious) rememberCurvature(free);
      twoLoopDirection();
      previousFree.set(free);
      previousGradient.set(gradient);
      hasPrevious = true;
      let lineSearchStep = backtrackingLineSearch(objective, free, direction, evaluation.loss, gradient, trial);
      if (lineSearchStep === 0 && displacements.length > 0) {
        // The quasi-Newton model has gone stale: forget it and fall back to steepest descent.
        displacements.length = 0;
        gradientChanges.length = 0;
        twoLoopDirection();
        lineSearchStep = backtrackingLineSearch(objective, free, direction, evaluation.loss, gradient, trial);
      }
      let squared = 0;
      for (let j = 0; j < dimension; j++) squared += (free[j] - previousFree[j]) ** 2;
      return { ...evaluation, stepLength: Math.sqrt(squared), lineSearchStep };
    },
  };
}
