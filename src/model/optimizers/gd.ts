import { formatShortest } from '../numberFormat';
import { createFirstOrderOptimizer, scaledGradient } from './firstOrder';
import type { OptimizerDefinition } from './types';

/** θ ← θ − η ∇J on all points. */
export const gradientDescent: OptimizerDefinition = {
  label: 'GD',
  nameInProse: 'gradient descent',
  description: 'GD: θ ← θ − η∇J, using the gradient over all points.',
  settingsUsed: () => ['learningRate'],
  create: (dimension) => createFirstOrderOptimizer(dimension, 0, (g, d, s) => scaledGradient(g, d, s.learningRate), false),
  lineSearch: false,
  plainStep: true,
  miniBatches: false,
  movesClassMean: false,
  stableStepNote: null,
  describeSettings: (s) => ` η = ${formatShortest(s.learningRate)}`,
  script: {
    constants: () => [],
    numpy: { state: '', step: '    theta = theta - LEARNING_RATE * g' },
    pytorch: 'torch.optim.SGD([theta], lr=LEARNING_RATE)',
  },
};
