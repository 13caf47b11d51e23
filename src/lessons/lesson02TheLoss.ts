import type { Lesson } from './lesson';
import { RUN_CONTROLS } from './scene';

export const lesson02: Lesson = {
  number: 2,
  title: 'The loss: cross-entropy',
  paragraphs: [
    String.raw`The loss of one point is $-\log P(y_n \mid x_n)$, minus the log of the probability given to its correct class: the cross-entropy between its one-hot label and the predicted probabilities.`,
    'The mean of it over the N points is the negative log-likelihood divided by N, so minimising it is maximum likelihood.',
    String.raw`L2 adds $\tfrac{\lambda}{2} R(\theta)$, with $R = \sum_k \lVert w_k \rVert^2$, plus $\sum_k b_k^2$ when the bias is penalised. Gradient descent with step size $\eta$ moves every row against its gradient, below.`,
    String.raw`Without L2 ($\lambda = 0$) the last term is gone; with the bias not penalised, $\lambda \theta_k$ has no bias entry.`,
  ],
  formula: String.raw`\begin{aligned} J(\theta) &= \frac{1}{N} \sum_{n} -\log P(y_n \mid x_n) + \frac{\lambda}{2} R(\theta) \\ \theta_k &\leftarrow \theta_k - \eta \Big[ \frac{1}{N} \sum_n \big( P(k \mid x_n) - [y_n = k] \big) \tilde x_n + \lambda \theta_k \Big] \end{aligned}`,
  setup: { dataset: { preset: 'blobs' }, model: { parametrization: 'full', l2: 0 }, init: { kind: 'zeros' }, optimizer: { kind: 'gd', learningRate: 0.5 } },
  scene: { panels: ['curves', 'regions'], controls: RUN_CONTROLS },
  tryThis: 'Press Play.',
  actions: [{ kind: 'play' }],
  lookFor: 'The loss curve falls as each point’s correct class gets more probability; at step 0, with θ = 0, every P is 1/K and J = log K.',
};
