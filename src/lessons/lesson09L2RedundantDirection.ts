import type { Lesson } from './lesson';
import { RUN_CONTROLS } from './scene';

export const lesson09: Lesson = {
  number: 9,
  title: 'L2 and the redundant direction',
  paragraphs: [
    String.raw`With L2 on every entry, the gradient summed over the classes keeps only the L2 term, $\lambda \sum_k \theta_k$. At the optimum it is zero, so the optimum has $\sum_k \theta_k = 0$.`,
    String.raw`Then each gradient-descent step multiplies the class-mean $m$ by $1 - \eta\lambda$: from a shifted start, $m$ decays to 0.`,
    'With the bias not penalised, shifting every bias together costs nothing: one flat direction is left, and m’s bias entry stays where it started.',
  ],
  formula: String.raw`\begin{gathered} \sum_k \frac{\partial J}{\partial \theta_k} = \lambda \sum_k \theta_k \\ \text{gradient descent, L2 on every entry:} \quad m \leftarrow (1 - \eta\lambda)\, m \end{gathered}`,
  setup: {
    dataset: { preset: 'blobs' },
    model: { parametrization: 'full', l2: 0.05, penalizeBias: true },
    init: { kind: 'zeros', offset: [2, 1, -1] },
    optimizer: { kind: 'gd', learningRate: 0.5 },
  },
  scene: { panels: ['parameters', 'regions'], controls: [...RUN_CONTROLS, 'l2'] },
  tryThis: 'Press Play.',
  actions: [{ kind: 'play' }],
  lookFor: 'The ‖m‖ chart decays by the factor 1 − ηλ = 0.975 per step. Then untick “Penalize bias” and press Reset: m’s bias entry stays at 2 while its weight entries decay.',
};
