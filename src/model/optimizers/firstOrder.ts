import type { Objective } from '../objective';
import { evaluateFull, stayed } from './fullGradient';
import { createMiniBatches } from './miniBatches';
import type { Optimizer, OptimizerKind, OptimizerSettings, StepDiagnostics } from './types';

/**
 * The gradient-based optimisers share one skeleton: evaluate J and ∇J on all points (for the diagnostics and
 * the convergence test), take a mini-batch gradient when the batch is smaller than the data, then apply an
 * update rule. The rules differ only in how they turn a gradient into a displacement.
 */
type UpdateRule = (gradient: Float64Array, displacement: Float64Array, settings: OptimizerSettings) => void;

function createFirstOrderOptimizer(kind: OptimizerKind, dimension: number, seed: number, rule: UpdateRule, usesBatches: boolean): Optimizer {
  const gradient = new Float64Array(dimension);
  const batchGradient = new Float64Array(dimension);
  const displacement = new Float64Array(dimension);
  const batches = createMiniBatches(seed);
  return {
    kind,
    step(free: Float64Array, objective: Objective, settings: OptimizerSettings, tolerance: number): StepDiagnostics {
      const evaluation = evaluateFull(free, objective, gradient, tolerance);
      if (evaluation.converged || !Number.isFinite(evaluation.loss)) return stayed(evaluation);
      const batch = usesBatches ? batches.next(objective.data.labels.length, settings.batchSize) : null;
      let direction = gradient;
      if (batch !== null) {
        objective.evaluate(free, batchGradient, batch);
        direction = batchGradient;
      }
      rule(direction, displacement, settings);
      let squared = 0;
      for (let j = 0; j < dimension; j++) {
        free[j] += displacement[j];
        squared += displacement[j] * displacement[j];
      }
      return { ...evaluation, stepLength: Math.sqrt(squared) };
    },
  };
}

/** θ ← θ − η ∇J on all points. */
export function createGradientDescent(dimension: number): Optimizer {
  return createFirstOrderOptimizer('gd', dimension, 0, (g, d, s) => {
    for (let j = 0; j < g.length; j++) d[j] = -s.learningRate * g[j];
  }, false);
}

/** θ ← θ − η ∇J_B on a seeded mini-batch B (batch size 0 or ≥ N means all points). */
export function createStochasticGradientDescent(dimension: number, seed: number): Optimizer {
  return createFirstOrderOptimizer('sgd', dimension, seed, (g, d, s) => {
    for (let j = 0; j < g.length; j++) d[j] = -s.learningRate * g[j];
  }, true);
}

/** Heavy ball: v ← βv − η∇J, θ ← θ + v. A linear combination of gradients, so it keeps the class-mean too. */
export function createMomentum(dimension: number, seed: number): Optimizer {
  const velocity = new Float64Array(dimension);
  return createFirstOrderOptimizer('momentum', dimension, seed, (g, d, s) => {
    for (let j = 0; j < g.length; j++) {
      velocity[j] = s.momentum * velocity[j] - s.learningRate * g[j];
      d[j] = velocity[j];
    }
  }, true);
}

/**
 * Adam with bias correction. Dividing each coordinate by its own √v̂ breaks the zero class-sum of the
 * gradient, which is why Adam, alone here, moves the redundant class-mean.
 */
export function createAdam(dimension: number, seed: number): Optimizer {
  const firstMoment = new Float64Array(dimension);
  const secondMoment = new Float64Array(dimension);
  const epsilon = 1e-8;
  let t = 0;
  return createFirstOrderOptimizer('adam', dimension, seed, (g, d, s) => {
    t += 1;
    const correction1 = 1 - Math.pow(s.beta1, t);
    const correction2 = 1 - Math.pow(s.beta2, t);
    for (let j = 0; j < g.length; j++) {
      firstMoment[j] = s.beta1 * firstMoment[j] + (1 - s.beta1) * g[j];
      secondMoment[j] = s.beta2 * secondMoment[j] + (1 - s.beta2) * g[j] * g[j];
      d[j] = (-s.learningRate * (firstMoment[j] / correction1)) / (Math.sqrt(secondMoment[j] / correction2) + epsilon);
    }
  }, true);
}
