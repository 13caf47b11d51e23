import type { Lesson } from './lesson';
import { RUN_CONTROLS } from './scene';

export const lesson06: Lesson = {
  number: 6,
  title: 'A reference class',
  paragraphs: [
    String.raw`Fix one row, $\theta_r = 0$, and learn only the other $K - 1$. Every classifier of the full model is still reached: subtracting $\theta_r$ from every row changes no probability.`,
    'So the optimum probabilities agree with the full model’s.',
    'In the free rows the Hessian is positive definite at every finite θ when the points are not all on one line: no zero eigenvalue.',
    'When the classes overlap, so that no line separates them even with points allowed on it (no complete or quasi-complete separation), a unique minimiser exists, and Newton’s method converges quadratically near it.',
  ],
  formula: String.raw`\theta_r = 0: \qquad P(y = k \mid x) = \frac{e^{z_k}}{1 + \sum_{j \neq r} e^{z_j}}, \qquad z_k = \theta_k \cdot \tilde x`,
  setup: { dataset: { preset: 'blobs' }, model: { parametrization: 'reference', referenceClass: 2, l2: 0 }, init: { kind: 'zeros' }, optimizer: { kind: 'newton' } },
  scene: { panels: ['spectrum', 'curves'], controls: [...RUN_CONTROLS, 'parametrization'] },
  tryThis: 'Press Play.',
  action: { kind: 'play', label: 'Play' },
  lookFor: 'The Hessian spectrum has no zero eigenvalue, and Newton reaches the tolerance in a few steps.',
};
