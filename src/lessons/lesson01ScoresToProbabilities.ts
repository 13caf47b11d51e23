import type { Lesson } from './lesson';
import { RUN_CONTROLS } from './scene';

export const lesson01: Lesson = {
  number: 1,
  title: 'Scores to probabilities',
  paragraphs: [
    String.raw`Each class $k$ has a row of parameters $\theta_k = (b_k, w_k)$. For a point $x$, write $\tilde x = (1, x_1, x_2)$: the score, or logit, of class $k$ is $z_k = \theta_k \cdot \tilde x$.`,
    'Softmax turns the K logits into probabilities: exponentiate each, then divide by their sum. The probabilities are positive and sum to one.',
    String.raw`Subtracting the largest logit first changes no probability, and keeps every exponent at most 0.`,
    'Below, the formula filled in with the numbers of one data point, live as the model trains.',
  ],
  formula: String.raw`\begin{gathered} P(y = k \mid x) = \frac{e^{z_k - \max_j z_j}}{\sum_j e^{z_j - \max_j z_j}} \\ z_k = \theta_k \cdot \tilde x \end{gathered}`,
  setup: { dataset: { preset: 'blobs' }, model: { parametrization: 'full', l2: 0 }, init: { kind: 'random' }, optimizer: { kind: 'gd', learningRate: 0.5 } },
  scene: { panels: ['regions', 'numerics'], controls: RUN_CONTROLS },
  tryThis: 'Press Play.',
  actions: [{ kind: 'play' }],
  lookFor: 'The point’s logits move apart as the model learns; its probabilities change, and they always sum to one.',
  live: 'softmax',
};
