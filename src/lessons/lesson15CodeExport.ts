import type { Lesson } from './lesson';
import { RUN_CONTROLS } from './scene';

export const lesson15: Lesson = {
  number: 15,
  title: 'The same run as a Python script',
  paragraphs: [
    String.raw`Export run as NumPy script writes a short Python file holding the points, $\theta$ at step 0 and the settings; it takes the same steps with the same update rule and prints $J$ and $\theta$.`,
    String.raw`It computes $J$ as the app does: the logits $z_k = \theta_k \cdot \tilde x$, the largest logit subtracted before exponentiating, the mean of $-\log P(y_n \mid x_n)$, plus $(\lambda/2) R(\theta)$, where $R(\theta) = \sum_k \lVert \theta_k \rVert^2$ (the biases left out when they are not penalised).`,
    String.raw`When the settings, the points and $\theta$ were not changed by hand during the run, it prints the $J$ the app shows at that step, up to rounding (the tests check agreement to $10^{-6}$); otherwise its first lines say what differs.`,
    'Newton and L-BFGS are exported as gradient descent from the same start instead, and the script’s first lines say so.',
  ],
  formula: String.raw`J(\theta) = \frac{1}{N} \sum_n \Big[ \log \sum_j e^{z_{nj} - \max_i z_{ni}} - \big( z_{n y_n} - \max_i z_{ni} \big) \Big] + \frac{\lambda}{2} R(\theta)`,
  setup: { dataset: { preset: 'blobs' }, model: { parametrization: 'full', l2: 0 }, init: { kind: 'zeros' }, optimizer: { kind: 'gd', learningRate: 0.5 } },
  scene: { panels: ['importexport', 'curves'], controls: RUN_CONTROLS },
  tryThis: 'Press Play, pause after a few steps, then press Export run as NumPy script in the Import and export panel.',
  actions: [{ kind: 'play' }],
  lookFor: 'The script’s first lines state the J it prints: run python3 on the file and compare it with the Loss J read-out at the same step.',
};
