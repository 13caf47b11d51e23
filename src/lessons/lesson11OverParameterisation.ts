import type { Lesson } from './lesson';

// The numbers below are this set-up's (the default blobs, θ = 0, the race's parametrisation preset at η = 0.5);
// lesson11OverParameterisation.test.ts runs that race and pins each of them.
export const lesson11: Lesson = {
  number: 11,
  title: 'Does over-parameterisation slow training?',
  paragraphs: [
    String.raw`The full model learns $K$ rows, a reference class $K - 1$. The extra directions, which add the same $c$ to every row, cost gradient descent nothing: the gradient has no component along them. What differs is the coordinates. Full-model GD moves $\theta - m$ in orthogonal coordinates; the reference class is an oblique change of variables, and written in its free rows a full-model step is the reference step multiplied by $I + \mathbf{1}\mathbf{1}^{\top}$ (without L2).`,
    String.raw`So the two have different curvature. The race measures it as $\kappa = h_{\max} / h_{\min}$, the ratio of the Hessian’s largest and smallest eigenvalues on the directions that change the classifier. On these 200 points ($K = 3$), at the minimiser, $\kappa$ is 19.8 for the full model and 24.0 for the reference class, and the flattest direction has $h_{\min}$ = 0.00268 against 0.00112.`,
    String.raw`Near the minimiser each step shrinks the error along that direction by $1 - \eta h_{\min}$, so at $\eta = 0.5$ the reference class should need about 2.4 times as many steps. The race counts 2,817 steps to the target loss for the full model and 6,819 for the reference class.`,
    'That is what this race shows, on these points with this step, and no general rule: on other points the two κ can come out closer, or the other way round. Change the race’s data or η and compare its κ row again.',
  ],
  formula: String.raw`\begin{gathered} \text{full: } \theta_k \leftarrow \theta_k - \eta \nabla_{\theta_k} J \ \ (\text{every } k) \\ \text{reference: } \phi_k \leftarrow \phi_k - \eta \nabla_{\phi_k} J \ \ (k \neq r) \\ \text{full, seen in } \phi_k = \theta_k - \theta_r \text{ } (\lambda = 0)\text{:} \\ \Delta\phi = -\eta \, (I + \mathbf{1}\mathbf{1}^{\top}) \nabla_{\phi} J \end{gathered}`,
  setup: { dataset: { preset: 'blobs' }, model: { parametrization: 'full', l2: 0 }, init: { kind: 'zeros' } },
  scene: { panels: ['race'], controls: [] },
  tryThis: 'Press Play in the race (its preset is “Parametrization: full vs reference vs L2”).',
  actions: [],
  lookFor: 'In the race table, “Steps to reach the target” and “κ on the identifiable directions” for each lane; κ changes as θ moves and settles at its value at the minimiser.',
};
