import { formatCount } from '../numberFormat';
import type { Objective } from '../objective';
import { ROW } from '../parameters';
import { createSplitPoint, normParts, type SplitPoint } from '../splitPoint';
import { canStep, evaluateFull, stayed } from './fullGradient';
import { createMiniBatches } from './miniBatches';
import type { HyperParameters, Optimizer, StepDiagnostics } from './types';

/**
 * The gradient-based optimisers share one skeleton: evaluate J and ∇J on all points (for the diagnostics and
 * the convergence test), take a mini-batch gradient when the batch is smaller than the data, then apply an
 * update rule. The rules differ only in how they turn a gradient into a displacement.
 */
export type UpdateRule = (gradient: SplitPoint, displacement: SplitPoint, settings: HyperParameters, objective: Objective) => void;

export function createFirstOrderOptimizer(dimension: number, seed: number, rule: UpdateRule, usesBatches: boolean): Optimizer {
  const gradient = createSplitPoint(dimension);
  const batchGradient = createSplitPoint(dimension);
  const displacement = createSplitPoint(dimension);
  const batches = createMiniBatches(seed);
  return {
    step(point: SplitPoint, objective: Objective, settings: HyperParameters, tolerance: number): StepDiagnostics {
      const evaluation = evaluateFull(point, objective, gradient, tolerance);
      if (!canStep(evaluation)) return stayed(evaluation);
      const batch = usesBatches ? batches.next(objective.data.labels.length, settings.batchSize) : null;
      let direction = gradient;
      if (batch !== null) {
        objective.evaluateParts(point, batchGradient, batch);
        direction = batchGradient;
      }
      rule(direction, displacement, settings, objective);
      for (let j = 0; j < dimension; j++) point.free[j] += displacement.free[j];
      for (let i = 0; i < ROW; i++) point.offset[i] += displacement.offset[i];
      return { ...evaluation, stepLength: normParts(displacement, objective.classes) };
    },
  };
}

/** d = −η g, part by part (a linear rule moves θ − m and m separately). */
export function scaledGradient(g: SplitPoint, d: SplitPoint, learningRate: number): void {
  for (let j = 0; j < g.free.length; j++) d.free[j] = -learningRate * g.free[j];
  for (let i = 0; i < ROW; i++) d.offset[i] = -learningRate * g.offset[i];
}

/** ", batch 10" in a lane's name when a batch size is set (0 is all points, and says nothing). */
export function batchText(settings: HyperParameters): string {
  return settings.batchSize > 0 ? `, batch ${formatCount(settings.batchSize)}` : '';
}
