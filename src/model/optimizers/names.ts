import type { OptimizerKind } from './types';

/** Each optimiser's short name: the Optimizer select, the race's lane names and the run's messages. */
export const OPTIMIZER_LABELS: Readonly<Record<OptimizerKind, string>> = {
  gd: 'GD',
  sgd: 'SGD',
  momentum: 'Momentum',
  adam: 'Adam',
  newton: 'Newton',
  lbfgs: 'L-BFGS',
};

/** The name in the middle of a sentence ("so gradient descent never moves m"). */
export const OPTIMIZER_NAMES_IN_PROSE: Readonly<Record<OptimizerKind, string>> = {
  gd: 'gradient descent',
  sgd: 'SGD',
  momentum: 'momentum',
  adam: 'Adam',
  newton: "Newton's method",
  lbfgs: 'L-BFGS',
};
