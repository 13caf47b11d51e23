import type { Lesson } from './lesson';
import { RUN_CONTROLS } from './scene';

export const lesson14: Lesson = {
  number: 14,
  title: 'One step in slow motion',
  paragraphs: [
    String.raw`A gradient-descent step is a short computation. For each point, the logits $z_k = \theta_k \cdot \tilde x$ and the softmax with $\max_j z_j$ subtracted give $P(k \mid x)$.`,
    String.raw`Gradient row $k$ averages $(P(k \mid x_n) - [y_n = k])\,\tilde x_n$ over the points, plus $\lambda\theta_k$ with L2; then $\theta_k \leftarrow \theta_k - \eta g_k$.`,
    String.raw`Without L2 each point’s residuals sum to zero over the classes, so the gradient rows do too and the class-mean $m$ does not move. Here $\theta$ starts random and shifted by $c = (1, 0, 0)$, so $m$ is not zero.`,
    'The panel “One step in slow motion” shows these parts one at a time with the numbers of the current θ, and its Apply this step takes exactly that step.',
  ],
  formula: String.raw`g_k = \frac{1}{N} \sum_n \big(P(k \mid x_n) - [y_n = k]\big)\,\tilde x_n + \lambda\theta_k, \qquad \theta_k \leftarrow \theta_k - \eta\, g_k`,
  setup: {
    // Six points, two per class: few enough to follow every number of the step.
    classes: 3,
    points: [
      { x1: -1, x2: -0.5, label: 0 },
      { x1: -1.5, x2: 0.5, label: 0 },
      { x1: 1, x2: -1, label: 1 },
      { x1: 1.5, x2: 0, label: 1 },
      { x1: 0, x2: 1.5, label: 2 },
      { x1: 0.5, x2: 1, label: 2 },
    ],
    model: { parametrization: 'full', l2: 0 },
    init: { kind: 'random', seed: 1, scale: 0.5, offset: [1, 0, 0] },
    optimizer: { kind: 'gd', learningRate: 0.5 },
  },
  scene: { panels: ['slowmotion', 'parameters'], controls: RUN_CONTROLS },
  tryThis: 'In the panel “One step in slow motion”, press Play slow motion, then Apply this step.',
  actions: [],
  lookFor: 'The sum row under the gradient rows reads 0 and m after the step equals m before it; after Apply the step counter reads 1 and the Parameters table shows the θ the update part showed.',
};
