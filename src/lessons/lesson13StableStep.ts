import type { Lesson } from './lesson';
import { RUN_CONTROLS } from './scene';

export const lesson13: Lesson = {
  number: 13,
  title: 'The stable step size',
  paragraphs: [
    String.raw`Near $\theta$, $J$ is close to a quadratic with Hessian $H$. On it, one gradient-descent step multiplies the error along an eigenvector of $H$ with eigenvalue $\lambda_i$ by $1 - \eta\lambda_i$.`,
    String.raw`Every factor with $\lambda_i > 0$ has size below 1 exactly when $\eta < 2/\lambda_{\max}(H)$: gradient descent is stable below that step. Only the largest eigenvalue sets the limit; a zero eigenvalue (the flat valley) gives the factor 1 at every step.`,
    String.raw`Above it, $1 - \eta\lambda_{\max} < -1$: the iterates oscillate along the top eigenvector and grow.`,
    String.raw`The Learning rate field marks $2/\lambda_{\max}(H)$ at the current $\theta$, and the mark moves as $\theta$ does: on these nine points with $\lambda = 0.1$ it is about 1.36 at the start and 1.51 at the minimum. Here $\eta = 2.5$ is above it.`,
  ],
  formula: String.raw`e_{t+1} = (I - \eta H)\, e_t, \qquad |1 - \eta\lambda_i| < 1 \text{ for every } \lambda_i > 0 \iff \eta < \frac{2}{\lambda_{\max}(H)}`,
  setup: {
    // Nine points in three overlapping groups; L2 on every entry gives J one minimiser and H no zero eigenvalue.
    classes: 3,
    points: [
      { x1: 0, x2: 0, label: 0 },
      { x1: 1, x2: 0.5, label: 0 },
      { x1: 0.5, x2: 1.5, label: 0 },
      { x1: 2, x2: 0, label: 1 },
      { x1: 2.5, x2: 1, label: 1 },
      { x1: 1, x2: 1, label: 1 },
      { x1: 0, x2: 2, label: 2 },
      { x1: 1, x2: 2.5, label: 2 },
      { x1: 2, x2: 2, label: 2 },
    ],
    model: { parametrization: 'full', l2: 0.1, penalizeBias: true },
    init: { kind: 'zeros' },
    optimizer: { kind: 'gd', learningRate: 2.5 },
  },
  scene: { panels: ['curves', 'spectrum'], controls: [...RUN_CONTROLS, 'lr'] },
  tryThis: 'Press Play at η = 2.5, above the mark; then set η = 1.2, below it.',
  action: { kind: 'change', label: 'Set η = 1.2 and play', change: { optimizer: { learningRate: 1.2 } } },
  lookFor: 'At η = 2.5 the loss curve zig-zags and stays above its lowest value, and the message names 2/λmax(H); at η = 1.2 the run converges.',
};
