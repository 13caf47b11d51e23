import type { Lesson } from './lesson';
import { RUN_CONTROLS } from './scene';

export const lesson08: Lesson = {
  number: 8,
  title: 'Separable data',
  paragraphs: [
    String.raw`When some $\theta$ classifies every point correctly with a positive margin, scaling it by $t$ drives $J$ (with $\lambda = 0$) towards 0 as $t \to \infty$, and $J$ never reaches 0: there is no minimiser.`,
    String.raw`Gradient descent with a small enough step then lets $\lVert \theta \rVert$ grow without bound, like the log of the step count. A small gradient here is not convergence.`,
    String.raw`Adding $\tfrac{\lambda}{2} \lVert \theta \rVert^2$ is maximum a posteriori estimation under a Gaussian prior $\theta \sim \mathcal{N}\big(0, \tfrac{1}{N\lambda} I\big)$; any $\lambda > 0$ gives a unique finite minimiser.`,
  ],
  formula: String.raw`\begin{aligned} & -\tfrac{1}{N} \Big[ \sum_n \log P(y_n \mid x_n; \theta) + \log \mathcal{N}\big(\theta;\, 0, \tfrac{1}{N\lambda} I\big) \Big] \\ & = \frac{1}{N} \sum_n -\log P(y_n \mid x_n; \theta) + \frac{\lambda}{2} \lVert \theta \rVert^2 + \text{const} \\ & = J(\theta) + \text{const} \end{aligned}`,
  setup: { dataset: { preset: 'separable' }, model: { parametrization: 'full', l2: 0, penalizeBias: true }, init: { kind: 'zeros' }, optimizer: { kind: 'gd', learningRate: 0.5 }, training: { stepsPerFrame: 10 } },
  scene: { panels: ['parameters', 'curves'], controls: [...RUN_CONTROLS, 'l2'] },
  tryThis: 'Press Play, then set λ = 0.01 and play again.',
  actions: [{ kind: 'play' }, { kind: 'change', label: 'Set λ = 0.01 and play', change: { model: { l2: 0.01 } } }],
  lookFor: 'With λ = 0 the loss creeps towards 0 while ‖θ − m‖ keeps growing; with λ = 0.01 ‖θ − m‖ stops growing and settles at a finite value.',
};
