import { ROW } from '../parameters';
import { createSplitPoint } from '../splitPoint';
import { formatShortest } from '../numberFormat';
import { batchText, createFirstOrderOptimizer } from './firstOrder';
import type { Optimizer, OptimizerDefinition } from './types';

/** Heavy ball: v ← βv − η∇J, θ ← θ + v. A linear combination of gradients, so it keeps the class-mean too. */
function createMomentum(dimension: number, seed: number): Optimizer {
  const velocity = createSplitPoint(dimension);
  return createFirstOrderOptimizer(dimension, seed, (g, d, s) => {
    for (let j = 0; j < dimension; j++) velocity.free[j] = s.momentum * velocity.free[j] - s.learningRate * g.free[j];
    for (let i = 0; i < ROW; i++) velocity.offset[i] = s.momentum * velocity.offset[i] - s.learningRate * g.offset[i];
    d.free.set(velocity.free);
    d.offset.set(velocity.offset);
  }, true);
}

export const momentum: OptimizerDefinition = {
  label: 'Momentum',
  nameInProse: 'momentum',
  description: 'Momentum: steps along a velocity v ← βv − η∇J that remembers past gradients.',
  settingsUsed: () => ['learningRate', 'batchSize', 'momentum'],
  create: createMomentum,
  lineSearch: false,
  plainStep: false,
  miniBatches: true,
  movesClassMean: false,
  stableStepNote: 'Momentum adds up past gradients, so its own limit is a different one.',
  describeSettings: (s) => ` η = ${formatShortest(s.learningRate)}, β = ${formatShortest(s.momentum)}${batchText(s)}`,
  // torch.optim.SGD's buffer b = βb + g with θ −= ηb is the heavy ball v = βv − ηg, θ += v (v = −ηb).
  script: {
    constants: (s) => [['BETA', s.momentum]],
    numpy: {
      state: 'velocity = np.zeros_like(theta)\n',
      step: '    velocity = BETA * velocity - LEARNING_RATE * g\n    theta = theta + velocity',
    },
    pytorch: 'torch.optim.SGD([theta], lr=LEARNING_RATE, momentum=BETA)',
  },
};
