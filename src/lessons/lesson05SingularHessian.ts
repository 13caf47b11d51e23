import type { Lesson } from './lesson';
import { RUN_CONTROLS } from './scene';

export const lesson05: Lesson = {
  number: 5,
  title: 'The singular Hessian',
  paragraphs: [
    String.raw`The Hessian $H$ of the data term is positive semidefinite, and the directions that add the same $c$ to every row are in its null space. When the points are not all on one line, at any finite $\theta$ it has exactly 3 zero eigenvalues, so $H^{-1}$ does not exist. (In float64 more can round to zero where every probability is within rounding of 0 or 1, as in lesson 10's set-up.)`,
    String.raw`Newton with the pseudo-inverse $H^{+}$ takes the minimum-norm step, which has no component along those directions. Damping solves with $H + \mu I$, which is invertible. Without L2 both leave $m$ unchanged.`,
    'L-BFGS never forms the Hessian: its two-loop recursion works on the gradient, and without L2 its steps keep m too.',
  ],
  formula: String.raw`\begin{gathered} H \, (c, c, \dots, c) = 0 \quad (\lambda = 0) \\ \Delta\theta = -H^{+} \nabla J \quad \text{or} \quad \Delta\theta = -(H + \mu I)^{-1} \nabla J \end{gathered}`,
  setup: { dataset: { preset: 'blobs' }, model: { parametrization: 'full', l2: 0 }, init: { kind: 'zeros' }, optimizer: { kind: 'newton', newtonTreatment: 'pseudoinverse' } },
  scene: { panels: ['spectrum', 'parameters'], controls: [...RUN_CONTROLS, 'opt'] },
  tryThis: 'Press Play.',
  actions: [{ kind: 'play' }],
  lookFor: 'The Hessian spectrum keeps 3 eigenvalues at zero; Newton converges anyway, and ‖m‖ stays at 0. Try damping in the Training panel too.',
};
