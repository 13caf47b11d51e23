import type { Objective } from '../objective';
import { ROW } from '../parameters';
import { combineInto, createSplitPoint, normParts, splitInto, type SplitPoint } from '../splitPoint';
import { canStep, evaluateFull, stayed } from './fullGradient';
import { createMiniBatches } from './miniBatches';
import type { Optimizer, OptimizerKind, OptimizerSettings, StepDiagnostics } from './types';

/**
 * The gradient-based optimisers share one skeleton: evaluate J and ∇J on all points (for the diagnostics and
 * the convergence test), take a mini-batch gradient when the batch is smaller than the data, then apply an
 * update rule. The rules differ only in how they turn a gradient into a displacement.
 */
type UpdateRule = (gradient: SplitPoint, displacement: SplitPoint, settings: OptimizerSettings, objective: Objective) => void;

function createFirstOrderOptimizer(kind: OptimizerKind, dimension: number, seed: number, rule: UpdateRule, usesBatches: boolean): Optimizer {
  const gradient = createSplitPoint(dimension);
  const batchGradient = createSplitPoint(dimension);
  const displacement = createSplitPoint(dimension);
  const batches = createMiniBatches(seed);
  return {
    kind,
    step(point: SplitPoint, objective: Objective, settings: OptimizerSettings, tolerance: number): StepDiagnostics {
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
function scaledGradient(g: SplitPoint, d: SplitPoint, learningRate: number): void {
  for (let j = 0; j < g.free.length; j++) d.free[j] = -learningRate * g.free[j];
  for (let i = 0; i < ROW; i++) d.offset[i] = -learningRate * g.offset[i];
}

/** θ ← θ − η ∇J on all points. */
export function createGradientDescent(dimension: number): Optimizer {
  return createFirstOrderOptimizer('gd', dimension, 0, (g, d, s) => scaledGradient(g, d, s.learningRate), false);
}

/** θ ← θ − η ∇J_B on a seeded mini-batch B (batch size 0 or ≥ N means all points). */
export function createStochasticGradientDescent(dimension: number, seed: number): Optimizer {
  return createFirstOrderOptimizer('sgd', dimension, seed, (g, d, s) => scaledGradient(g, d, s.learningRate), true);
}

/** Heavy ball: v ← βv − η∇J, θ ← θ + v. A linear combination of gradients, so it keeps the class-mean too. */
export function createMomentum(dimension: number, seed: number): Optimizer {
  const velocity = createSplitPoint(dimension);
  return createFirstOrderOptimizer('momentum', dimension, seed, (g, d, s) => {
    for (let j = 0; j < dimension; j++) velocity.free[j] = s.momentum * velocity.free[j] - s.learningRate * g.free[j];
    for (let i = 0; i < ROW; i++) velocity.offset[i] = s.momentum * velocity.offset[i] - s.learningRate * g.offset[i];
    d.free.set(velocity.free);
    d.offset.set(velocity.offset);
  }, true);
}

/**
 * Adam with bias correction. Dividing each coordinate by its own √v̂ breaks the zero class-sum of the
 * gradient, which is why Adam, alone here, moves the redundant class-mean.
 *
 * The rule is per entry of θ, so it reads the gradient as one vector and splits its step back into two parts.
 * The running second moment is kept as its square root, updated by hypot, so gradients above 1e154 (a huge m
 * under L2) do not overflow it to ∞ and freeze the step at 0.
 */
export function createAdam(dimension: number, seed: number): Optimizer {
  const firstMoment = new Float64Array(dimension);
  const rootSecondMoment = new Float64Array(dimension);
  const combined = new Float64Array(dimension);
  const step = new Float64Array(dimension);
  const epsilon = 1e-8;
  let t = 0;
  return createFirstOrderOptimizer('adam', dimension, seed, (g, d, s, objective) => {
    t += 1;
    const correction1 = 1 - Math.pow(s.beta1, t);
    const rootCorrection2 = Math.sqrt(1 - Math.pow(s.beta2, t));
    const keep = Math.sqrt(s.beta2);
    const take = Math.sqrt(1 - s.beta2);
    combineInto(g, combined);
    for (let j = 0; j < dimension; j++) {
      firstMoment[j] = s.beta1 * firstMoment[j] + (1 - s.beta1) * combined[j];
      rootSecondMoment[j] = Math.hypot(keep * rootSecondMoment[j], take * combined[j]);
      step[j] = (-s.learningRate * (firstMoment[j] / correction1)) / (rootSecondMoment[j] / rootCorrection2 + epsilon);
    }
    splitInto(step, objective.spec.parametrization.kind, d);
  }, true);
}
