import type { Dataset } from '../../src/model/dataset';
import { createObjective, type ObjectiveSpec } from '../../src/model/objective';
import { createOptimizer, DEFAULT_OPTIMIZER_SETTINGS } from '../../src/model/optimizers';
import { combineInto, createSplitPoint, splitInto } from '../../src/model/splitPoint';

/** The app's default model: every class has a row, no L2, so Newton meets the singular Hessian (pseudo-inverse). */
const SPEC: ObjectiveSpec = { parametrization: { kind: 'full', referenceClass: 0 }, l2: 0, penalizeBias: false };

/** One full-batch gradient-descent step through the engine's real path: objective + 'gd' optimiser. */
export function createEngineGradientStep(data: Dataset, learningRate: number): (free: Float64Array) => number {
  const objective = createObjective(data, SPEC);
  const optimizer = createOptimizer('gd', objective.dimension, 1);
  const settings = { ...DEFAULT_OPTIMIZER_SETTINGS, kind: 'gd' as const, learningRate };
  const point = createSplitPoint(objective.dimension);
  // Tolerance 0: never "converged", so every call takes the step. The split and the copy back are O(K), not O(N).
  return (free) => {
    splitInto(free, 'full', point);
    const loss = optimizer.step(point, objective, settings, 0).loss;
    combineInto(point, free);
    return loss;
  };
}

/**
 * One Newton step (gradient, exact Hessian, eigen-decomposition, pseudo-inverse solve, line search), always from
 * the same θ: from a converged θ Newton would return at once and time nothing.
 */
export function createEngineNewtonStep(data: Dataset, start: Float64Array): () => number {
  const objective = createObjective(data, SPEC);
  const optimizer = createOptimizer('newton', objective.dimension, 1);
  const settings = { ...DEFAULT_OPTIMIZER_SETTINGS, kind: 'newton' as const };
  const point = createSplitPoint(objective.dimension);
  return () => {
    splitInto(start, 'full', point);
    return optimizer.step(point, objective, settings, 0).loss;
  };
}
