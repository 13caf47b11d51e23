import type { Lesson } from './lesson';
import { RUN_CONTROLS } from './scene';

export const lesson07: Lesson = {
  number: 7,
  title: 'Two classes: logistic regression',
  paragraphs: [
    String.raw`With $K = 2$ and class 0 as the reference, $\theta_0 = 0$, so $z_0 = 0$ and only $\theta_1$ is learned.`,
    String.raw`Then $P(y = 1 \mid x) = e^{z_1} / (1 + e^{z_1}) = \sigma(\theta_1 \cdot \tilde x)$, the logistic sigmoid: softmax regression with a reference class is logistic regression.`,
    String.raw`Along the direction of $w_1$, the probability of class 1 follows the S-shaped curve of $\sigma$.`,
  ],
  formula: String.raw`\begin{gathered} P(y = 1 \mid x) = \frac{e^{\theta_1 \cdot \tilde x}}{1 + e^{\theta_1 \cdot \tilde x}} = \sigma(\theta_1 \cdot \tilde x) \\ \sigma(t) = \frac{1}{1 + e^{-t}} \end{gathered}`,
  setup: { dataset: { preset: 'two-classes' }, classes: 2, model: { parametrization: 'reference', referenceClass: 0, l2: 0 }, init: { kind: 'zeros' }, optimizer: { kind: 'newton' } },
  scene: { panels: ['sigmoid', 'regions'], controls: RUN_CONTROLS },
  tryThis: 'Press Play.',
  actions: [{ kind: 'play' }],
  lookFor: 'Above, under the formula, the softmax probability of class 1 at a data point equals σ((θ₁ − θ₀)·x̃), here σ(θ₁·x̃) since θ₀ = 0, at every step; the sigmoid panel shows P along w₁ against σ.',
  live: 'sigmoid',
};
