import type { Lesson } from './lesson';
import { RUN_CONTROLS } from './scene';

export const lesson13: Lesson = {
  number: 13,
  title: 'The stable step size',
  paragraphs: [
    String.raw`Near a point, $J$ is close to a quadratic with Hessian $H$. On it, one gradient-descent step multiplies the error along an eigenvector of $H$ with eigenvalue $h_i$ by $1 - \eta h_i$. Every factor with $h_i > 0$ has size below 1 exactly when $\eta < 2/h_{\max}$; a zero eigenvalue (the flat valley) gives the factor 1 at every step.`,
    String.raw`$J$ is not a quadratic: its curvature changes with $\theta$. Whether gradient descent converges is decided at the minimiser $\theta^*$, by $2/h_{\max}(H(\theta^*))$. Below it, $\theta^*$ attracts the iterates from close enough. Above it, $\theta^*$ pushes them away along its top eigenvector: the oscillation grows by $|1 - \eta h_{\max}|$ per step at first, then stops growing, and the iterates settle into a bounded oscillation (typically a 2-cycle) that never converges. With L2 they diverge once the L2 part alone flips and grows, at $\eta\lambda > 2$.`,
    String.raw`On these nine points with $\lambda = 0.1$ on every entry, the limit at the minimiser is 1.514. The Learning rate field shows it beside $2/h_{\max}(H(\theta))$ at the current $\theta$, a local guide that moves with $\theta$ (1.363 at the start) and can be wrong both ways: $\eta = 1.45$ is above the local limit at the start and converges; $\eta = 1.53$ is above the local limit for the first four steps, then below it at every step (it alternates 1.535 and 1.552 in the 2-cycle the iterates settle into), and never converges. Here $\eta = 3$, about twice the limit at the minimiser.`,
    String.raw`Where $J$ has no minimiser because the data are completely separable (with $\lambda = 0$), no such limit decides anything: along the path $h_{\max} \to 0$, so every $\eta$ is eventually locally stable. Under quasi-complete separation there is no minimiser either, but the points on a boundary keep $J$ curved: $h_{\max}$ tends to a positive limit $h_\infty$, and $\eta$ above $2/h_\infty$ keeps oscillating.`,
  ],
  formula: String.raw`\begin{gathered} \theta_{t+1} - \theta^* \approx \bigl(I - \eta H(\theta^*)\bigr)(\theta_t - \theta^*) \\ |1 - \eta h_i| < 1 \text{ for every } h_i > 0 \iff \eta < \frac{2}{h_{\max}(H(\theta^*))} \end{gathered}`,
  setup: {
    // Nine points in three separable groups: with λ = 0, J would have no minimiser. L2 on every entry gives it exactly
    // one, and H no zero eigenvalue, so the limit at the minimiser (1.5137) exists.
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
    optimizer: { kind: 'gd', learningRate: 3 },
    // A linear axis: the 2-cycle's two losses (about 2.04 and 2.12) differ by 4 %, which a log axis flattens.
    view: { curvesLogScale: false },
  },
  scene: { panels: ['curves', 'steplimits'], controls: [...RUN_CONTROLS, 'lr'] },
  tryThis: 'Press Play to run at η = 3, as set up: above the limit at the minimiser. Then press Set η = 1.45 and play: below it, though above the local limit at the start.',
  actions: [{ kind: 'play' }, { kind: 'change', label: 'Set η = 1.45 and play', change: { optimizer: { learningRate: 1.45 } } }],
  lookFor:
    'At η = 3 the loss curve rises, then zig-zags between two values (about 2.04 and 2.12) far above its lowest one for as long as it runs, and the message names 2/hₘₐₓ at θ*; at η = 1.45 the run converges.',
};
