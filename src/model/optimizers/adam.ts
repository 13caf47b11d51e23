import { formatShortest } from '../numberFormat';
import { combineInto, splitInto } from '../splitPoint';
import { batchText, createFirstOrderOptimizer } from './firstOrder';
import type { Optimizer, OptimizerDefinition } from './types';

const EPSILON = 1e-8;

/**
 * Adam with bias correction. Dividing each coordinate by its own √v̂ breaks the zero class-sum of the
 * gradient, which is why Adam, alone here, moves the redundant class-mean.
 *
 * The rule is per entry of θ, so it reads the gradient as one vector and splits its step back into two parts.
 * The running second moment is kept as its square root, updated by hypot, so gradients above 1e154 (a huge m
 * under L2) do not overflow it to ∞ and freeze the step at 0.
 */
function createAdam(dimension: number, seed: number): Optimizer {
  const firstMoment = new Float64Array(dimension);
  const rootSecondMoment = new Float64Array(dimension);
  const combined = new Float64Array(dimension);
  const step = new Float64Array(dimension);
  let t = 0;
  return createFirstOrderOptimizer(dimension, seed, (g, d, s, objective) => {
    t += 1;
    const correction1 = 1 - Math.pow(s.beta1, t);
    const rootCorrection2 = Math.sqrt(1 - Math.pow(s.beta2, t));
    const keep = Math.sqrt(s.beta2);
    const take = Math.sqrt(1 - s.beta2);
    combineInto(g, combined);
    for (let j = 0; j < dimension; j++) {
      firstMoment[j] = s.beta1 * firstMoment[j] + (1 - s.beta1) * combined[j];
      rootSecondMoment[j] = Math.hypot(keep * rootSecondMoment[j], take * combined[j]);
      step[j] = (-s.learningRate * (firstMoment[j] / correction1)) / (rootSecondMoment[j] / rootCorrection2 + EPSILON);
    }
    splitInto(step, objective.spec.parametrization.kind, d);
  }, true);
}

export const adam: OptimizerDefinition = {
  label: 'Adam',
  nameInProse: 'Adam',
  description: 'Adam: per-parameter steps scaled by running averages of the gradient (β1) and its square (β2).',
  settingsUsed: () => ['learningRate', 'batchSize', 'beta1', 'beta2'],
  create: createAdam,
  lineSearch: false,
  plainStep: false,
  miniBatches: true,
  movesClassMean: true,
  stableStepNote: 'Adam rescales each coordinate by its running size, so these limits do not bound its steps.',
  describeSettings: (s) => ` η = ${formatShortest(s.learningRate)}${batchText(s)}`,
  // torch.optim.Adam divides by √v̂ + ε as the engine does.
  script: {
    constants: (s) => [['BETA1', s.beta1], ['BETA2', s.beta2], ['EPS', EPSILON]],
    numpy: {
      state: 'first, second = np.zeros_like(theta), np.zeros_like(theta)\n',
      step: [
        '    first = BETA1 * first + (1 - BETA1) * g',
        '    second = BETA2 * second + (1 - BETA2) * g**2',
        '    t = step + 1  # bias correction of both moments',
        '    theta = theta - LEARNING_RATE * (first / (1 - BETA1**t)) / (np.sqrt(second / (1 - BETA2**t)) + EPS)',
      ].join('\n'),
    },
    pytorch: 'torch.optim.Adam([theta], lr=LEARNING_RATE, betas=(BETA1, BETA2), eps=EPS)',
  },
};
