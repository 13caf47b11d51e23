import type { Lesson } from './lesson';
import { RUN_CONTROLS } from './scene';

export const lesson06: Lesson = {
  number: 6,
  title: 'A reference class',
  paragraphs: [
    String.raw`Fix one row, $\theta_r = 0$, and learn only the other $K - 1$. Every classifier of the full model is still reached: subtracting $\theta_r$ from every row changes no probability.`,
    'So without L2 the optimum probabilities, where an optimum exists, agree with the full model’s. With L2 they differ: the penalty on the free rows is a different function of the classifier from the full model’s penalty on all K rows.',
    'In the free rows the Hessian is positive definite at every finite θ when the points are not all on one line: no zero eigenvalue.',
    'When the points are not all on one line and no θ scores every point’s own class at least as high as every other class, except the trivial θ that gives all classes equal scores (no complete or quasi-complete separation: Albert and Anderson, 1984), a unique minimiser exists, and Newton’s method converges quadratically near it. For K ≥ 3 that is not the same as no line separating one class from the rest: three wedges can be classified perfectly by the 3-class model although no single line separates any class.',
  ],
  formula: String.raw`\theta_r = 0: \qquad P(y = k \mid x) = \frac{e^{z_k}}{1 + \sum_{j \neq r} e^{z_j}}, \qquad z_k = \theta_k \cdot \tilde x`,
  setup: { dataset: { preset: 'blobs' }, model: { parametrization: 'reference', referenceClass: 2, l2: 0 }, init: { kind: 'zeros' }, optimizer: { kind: 'newton' } },
  scene: { panels: ['spectrum', 'curves'], controls: [...RUN_CONTROLS, 'param'] },
  tryThis: 'Press Play.',
  actions: [{ kind: 'play' }],
  lookFor: 'The Hessian spectrum has no zero eigenvalue, and Newton reaches the tolerance in a few steps.',
};
