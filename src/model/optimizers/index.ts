import { createAdam, createGradientDescent, createMomentum, createStochasticGradientDescent } from './firstOrder';
import { createLbfgs } from './lbfgs';
import { createNewton } from './newton';
import type { Optimizer, OptimizerKind } from './types';

export * from './types';
export * from './names';

/** A fresh optimiser (empty moments, history and batch order) for `dimension` free parameters. */
export function createOptimizer(kind: OptimizerKind, dimension: number, seed: number): Optimizer {
  switch (kind) {
    case 'gd':
      return createGradientDescent(dimension);
    case 'sgd':
      return createStochasticGradientDescent(dimension, seed);
    case 'momentum':
      return createMomentum(dimension, seed);
    case 'adam':
      return createAdam(dimension, seed);
    case 'newton':
      return createNewton(dimension);
    case 'lbfgs':
      return createLbfgs(dimension);
  }
}
