import type { Lesson } from './lesson';
import { RUN_CONTROLS } from './scene';

export const lesson12: Lesson = {
  number: 12,
  title: 'The max-margin direction',
  paragraphs: [
    String.raw`On separable data with $\lambda = 0$, $J$ has no minimiser: gradient descent with a small enough step lets $\lVert \theta \rVert$ grow without bound, like $\log t$ after $t$ steps.`,
    String.raw`The direction of the identifiable part $\theta - m$ still converges, to the direction of the hard-margin multiclass SVM $\hat\theta$: the shortest $\theta$ that scores each point's own class at least 1 above every other class (Soudry, Hoffer, Nacson, Gunasekar and Srebro, 2018). The bias is an entry of $\theta_k$ like the weights, so it counts in the length.`,
    String.raw`It gets there very slowly, and not at every step: the angle between $\theta - m$ and $\hat\theta$ can even grow for a while on the way. Here $\eta = 1$, above the step $2/L \approx 0.84$ that the theorem’s guarantee covers on these points ($L$ bounds the curvature of $J$ everywhere); the run behaves anyway: over the first 3,000 steps $J$ falls at every step and $2/h_{\max}$ stays above 1.25.`,
    String.raw`This set-up has $\lambda = 0$. With any $\lambda > 0$ and the bias penalised (Penalize bias is ticked here), $J$ has a unique finite minimiser instead: $\theta$ stops growing, and there is no such limit. With the bias not penalised the minimisers form a line (every bias shifted together), and a class with no points leaves none at all.`,
  ],
  formula: String.raw`\begin{aligned} \hat\theta &= \arg\min_{\theta}\ \tfrac{1}{2} \textstyle\sum_k \lVert \theta_k \rVert^2 \\ &\text{subject to } (\theta_{y_n} - \theta_k) \cdot \tilde{x}_n \ge 1 \ \ (k \ne y_n) \\ \frac{\theta(t) - m}{\lVert \theta(t) - m \rVert} &\to \frac{\hat\theta}{\lVert \hat\theta \rVert} \ \ (t \to \infty) \end{aligned}`,
  setup: {
    dataset: { preset: 'separable', classes: 3, count: 200, seed: 1 },
    classes: 3,
    model: { parametrization: 'full', l2: 0, penalizeBias: true },
    init: { kind: 'zeros' },
    optimizer: { kind: 'gd', learningRate: 1, batchSize: 0 },
    training: { stepsPerFrame: 20 },
  },
  scene: { panels: ['margin', 'regions'], controls: RUN_CONTROLS },
  tryThis: 'Press Play, and tick Show the SVM boundaries in the Max margin panel.',
  actions: [{ kind: 'play' }],
  lookFor:
    'The angle to the SVM direction falls from about 13° to about 5° within a few hundred steps, then creeps: here it even rises a little, to near 6° around step 3,000. ‖θ − m‖ keeps growing, ever more slowly. The regions’ boundaries move towards the dashed SVM boundaries as slowly as the angle shrinks.',
};
