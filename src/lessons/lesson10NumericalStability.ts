import type { Lesson } from './lesson';
import { RUN_CONTROLS } from './scene';

export const lesson10: Lesson = {
  number: 10,
  title: 'Numerical stability',
  paragraphs: [
    String.raw`In float64, $e^{z}$ overflows to Infinity once $z$ exceeds about 709.78.`,
    String.raw`The naive softmax then divides Infinity by Infinity for that class and gets NaN; the other classes get 0. It breaks earlier too, and silently: once the largest logit passes $709.78 - \ln K$, the sum $\sum_j e^{z_j}$ alone can overflow, and then every probability comes out 0.`,
    String.raw`The stable softmax subtracts $\max_j z_j$ first, so the largest exponent is 0 ($e^0 = 1$) and nothing overflows; where both work, they give the same probabilities, up to rounding.`,
    String.raw`Here $\theta$ starts random, each entry with standard deviation 100, on points 5 to 10 from the origin: at the start, every point has a class with $(\theta_k - m) \cdot \tilde x = z_k - m \cdot \tilde x$ past 709.78, as the Numerics panel's first row shows (taking the same $m \cdot \tilde x$ off every logit changes no probability).`,
  ],
  formula: String.raw`\begin{gathered} \text{naive: } \frac{e^{z_k}}{\sum_j e^{z_j}} \qquad \text{stable: } \frac{e^{z_k - \max_j z_j}}{\sum_j e^{z_j - \max_j z_j}} \\ e^{z} = \infty \text{ in float64 for } z > 709.78 \end{gathered}`,
  setup: {
    // Three corners of the plane, four points each: large coordinates, so a large θ gives logits past 709.78.
    classes: 3,
    points: [
      { x1: -7, x2: -6, label: 0 },
      { x1: -6, x2: -7, label: 0 },
      { x1: -5, x2: -5, label: 0 },
      { x1: -6, x2: -4, label: 0 },
      { x1: 7, x2: -6, label: 1 },
      { x1: 6, x2: -7, label: 1 },
      { x1: 5, x2: -5, label: 1 },
      { x1: 6, x2: -4, label: 1 },
      { x1: 0, x2: 7, label: 2 },
      { x1: -1, x2: 6, label: 2 },
      { x1: 1, x2: 6, label: 2 },
      { x1: 0, x2: 5, label: 2 },
    ],
    model: { parametrization: 'full', l2: 0 },
    // Seed 2 puts the largest logit of every one of these points past 709.78 (the tests check it).
    init: { kind: 'random', seed: 2, scale: 100, offset: [0, 0, 0] },
    // Steps large enough that progress shows within two seconds of Play: J falls by about 16 a step (the gradient's
    // size stays 5.657 while every point is misclassified by hundreds), to below 0.01 by step 100 (the tests pin it).
    optimizer: { kind: 'gd', learningRate: 0.5 },
    view: { naiveSoftmax: true },
  },
  scene: { panels: ['numerics', 'curves'], controls: RUN_CONTROLS },
  tryThis: 'Press Play.',
  actions: [{ kind: 'play' }],
  lookFor:
    'In the Numerics panel, at the first data point, the naive row shows NaN (∞/∞) before and after training, while the stable row stays finite. The lab uses the stable one, so it trains: J falls at every step from about 1136, and by step 100 it is below 0.01, with accuracy 100% (33.3% at the start).',
};
