import { formatShortest } from '../numberFormat';
import { batchText, createFirstOrderOptimizer, scaledGradient } from './firstOrder';
import type { OptimizerDefinition } from './types';

/** θ ← θ − η ∇J_B on a seeded mini-batch B (batch size 0 or ≥ N means all points). */
export const stochasticGradientDescent: OptimizerDefinition = {
  label: 'SGD',
  nameInProse: 'SGD',
  description: 'SGD: the same step with the gradient of a random mini-batch: cheaper, noisier.',
  settingsUsed: () => ['learningRate', 'batchSize'],
  create: (dimension, seed) => createFirstOrderOptimizer(dimension, seed, (g, d, s) => scaledGradient(g, d, s.learningRate), true),
  lineSearch: false,
  plainStep: true,
  miniBatches: true,
  movesClassMean: false,
  stableStepNote: 'These are for the step on all points: a mini-batch step follows one batch’s gradient, so they guide but do not decide here.',
  describeSettings: (s) => ` η = ${formatShortest(s.learningRate)}${batchText(s)}`,
  script: {
    constants: () => [],
    numpy: { state: '', step: '    theta = theta - LEARNING_RATE * g' },
    pytorch: 'torch.optim.SGD([theta], lr=LEARNING_RATE)',
  },
};
