import type { Lesson } from './lesson';
import { RUN_CONTROLS } from './scene';

export const lesson03: Lesson = {
  number: 3,
  title: 'Infinitely many optima',
  paragraphs: [
    String.raw`Adding the same vector $c$ to every row, $\theta_k \to \theta_k + c$, adds $c \cdot \tilde x$ to every logit, and softmax ignores a shift that all logits share.`,
    String.raw`So no probability changes, and neither does the data term of the loss: if $\theta^*$ minimises it, so does $\theta^* + c$, for every $c$.`,
    String.raw`The class-mean $m = \frac{1}{K} \sum_k \theta_k$ moves by $c$. Without L2, as here, the direction that adds $c$ to every row is a flat valley in the loss surface.`,
  ],
  formula: String.raw`\begin{gathered} P(y = k \mid x;\ \theta_1 + c, \dots, \theta_K + c) = P(y = k \mid x;\ \theta_1, \dots, \theta_K) \\ m \to m + c \end{gathered}`,
  setup: { dataset: { preset: 'blobs' }, model: { parametrization: 'full', l2: 0 }, init: { kind: 'random' }, optimizer: { kind: 'gd', learningRate: 0.5 }, view: { sliceAxes: { kind: 'redundant-vs-curved' } } },
  scene: { panels: ['parameters', 'regions'], controls: [...RUN_CONTROLS, 'shift'] },
  tryThis: 'Shift all classes by c = (1, 1, 1).',
  actions: [{ kind: 'shift', label: 'Shift all classes', by: [1, 1, 1] }],
  lookFor: 'θ and m change in the Parameters panel; the decision regions, every probability and the loss do not.',
};
