import type { Lesson } from './lesson';

export const lesson11: Lesson = {
  number: 11,
  title: 'Does over-parameterisation slow training?',
  paragraphs: [
    String.raw`The full model learns $K$ rows, a reference class $K - 1$. With the same step size $\eta$, gradient descent follows different paths in the two: the reference parametrisation is a linear change of variables, which changes the metric.`,
    'Neither is always faster. The race trains both, and the full model with L2, on the lab’s points, and counts the steps each takes to a fixed target loss.',
    'Read its table for these optimisers on these points only: do not generalise from one race.',
  ],
  formula: String.raw`\begin{aligned} \text{full: } & \theta_k \leftarrow \theta_k - \eta \nabla_{\theta_k} J \ \text{ for every } k \\ \text{reference: } & \theta_r = 0, \ \ \theta_k \leftarrow \theta_k - \eta \nabla_{\theta_k} J \ \text{ for } k \neq r \end{aligned}`,
  setup: {},
  scene: { panels: ['race'], controls: [] },
  tryThis: 'Press Play in the race.',
  action: null,
  lookFor: 'In the race table, the row “Steps to reach the target” gives each lane’s count; compare them, for these points and this η.',
};
