import type { OptimizerKind, OptimizerSettings } from '../../model/optimizers';

/** The short names the Optimizer select shows. */
export const OPTIMIZER_LABELS: Record<OptimizerKind, string> = {
  gd: 'GD',
  sgd: 'SGD',
  momentum: 'Momentum',
  adam: 'Adam',
  newton: 'Newton',
  lbfgs: 'L-BFGS',
};

/** One line per optimiser: what it does with the gradient, in the terms the lab's other panels use. */
export const OPTIMIZER_DESCRIPTIONS: Record<OptimizerKind, string> = {
  gd: 'GD: θ ← θ − η∇J, using the gradient over all points.',
  sgd: 'SGD: the same step with the gradient of a random mini-batch: cheaper, noisier.',
  momentum: 'Momentum: steps along a velocity v ← βv − η∇J that remembers past gradients.',
  adam: 'Adam: per-parameter steps scaled by running averages of the gradient (β1) and its square (β2).',
  newton: 'Newton: exact Hessian; where singular, pseudo-inverse or damping. A line search picks the step size.',
  lbfgs: 'L-BFGS: a Hessian estimate built from the last 10 steps. A line search picks the step size.',
};

/** The optimiser settings a user can edit (the mini-batch seed is fixed so runs repeat). */
export type EditableOptimizerSetting = Exclude<keyof OptimizerSettings, 'kind' | 'seed'>;

/**
 * Which settings the chosen optimiser actually reads, so the panel shows only those. Newton and L-BFGS
 * choose their own step size by line search, so the learning rate means nothing to them.
 */
export function relevantOptimizerSettings(settings: Pick<OptimizerSettings, 'kind' | 'newtonTreatment'>): ReadonlySet<EditableOptimizerSetting> {
  switch (settings.kind) {
    case 'gd':
      return new Set(['learningRate']);
    case 'sgd':
      return new Set(['learningRate', 'batchSize']);
    case 'momentum':
      return new Set(['learningRate', 'batchSize', 'momentum']);
    case 'adam':
      return new Set(['learningRate', 'batchSize', 'beta1', 'beta2']);
    case 'newton':
      return new Set(settings.newtonTreatment === 'damping' ? ['newtonTreatment', 'damping'] : ['newtonTreatment']);
    case 'lbfgs':
      return new Set();
  }
}
