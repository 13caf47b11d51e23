import type { Lesson } from './lesson';
import { RUN_CONTROLS } from './scene';

export const lesson04: Lesson = {
  number: 4,
  title: 'Gradients sum to zero',
  paragraphs: [
    String.raw`For every point, the residuals $P(k \mid x) - [y = k]$ sum to zero over the classes, so without L2 the gradient rows sum to zero.`,
    String.raw`A gradient-descent step therefore never moves the class-mean $m$, and neither do SGD (any mini-batch) or momentum started from zero velocity.`,
    String.raw`That holds for every step size $\eta$. So when gradient descent converges, which needs a minimiser and a small enough $\eta$ (below $2/h_{\max}$ at the minimiser, lesson 13), it converges to the minimiser whose $m$ equals the start’s: from zeros, the one with $\sum_k \theta_k = 0$.`,
    String.raw`Adam rescales each coordinate by its own running size, so its step rows no longer sum to zero and $m$ drifts.`,
  ],
  formula: String.raw`\sum_k \frac{\partial J}{\partial \theta_k} = \frac{1}{N} \sum_n \Big( \sum_k P(k \mid x_n) - 1 \Big) \tilde x_n = 0 \qquad (\lambda = 0)`,
  setup: { dataset: { preset: 'blobs' }, model: { parametrization: 'full', l2: 0 }, init: { kind: 'zeros' }, optimizer: { kind: 'gd', learningRate: 0.5 } },
  scene: { panels: ['parameters', 'curves'], controls: [...RUN_CONTROLS, 'opt'] },
  tryThis: 'Press Play to run gradient descent, as set up; then press Switch to Adam and play.',
  actions: [{ kind: 'play' }, { kind: 'change', label: 'Switch to Adam and play', change: { optimizer: { kind: 'adam', learningRate: 0.05 } } }],
  lookFor: 'Under gradient descent ‖m‖ stays at 0; under Adam the ‖m‖ chart leaves 0.',
};
