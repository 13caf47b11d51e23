import { GLOSSARY, type Glossary } from './glossary';

/** What 2/hₘₐₓ is wherever the text does not say at which θ. */
const STABLE_STEP =
  'Two divided by the largest eigenvalue of the Hessian H, the sharpest curvature of J. On a quadratic, gradient descent is stable exactly for a step η below it; on J, the one at the minimiser θ* decides convergence and the one at the current θ is a local guide.';

/**
 * Short explanations of the notation of gradient descent's step limits (teaching-math §8), shown where the limits
 * are (the Learning rate field's marker): apart from the first screen's glossary (glossary.ts), so that they load
 * with that view. Each must agree with ../shared/notes/teaching-math.md. Hessian eigenvalues are written h, the
 * largest hₘₐₓ (λ is only the L2 strength).
 */
export const STEP_LIMIT_TERMS = {
  '2/hₘₐₓ(H(θ*))':
    'Two divided by hₘₐₓ, the largest eigenvalue of the Hessian at the minimiser θ*. Gradient descent converges to θ* from close enough when η is below it; above it θ* pushes the iterates away, and they typically settle into a bounded oscillation instead.',
  '2/hₘₐₓ(H(θ))':
    'Two divided by the largest eigenvalue of the Hessian at the current θ: the step limit of the quadratic model of J here. A local guide only: it moves with θ and can be wrong both ways.',
  '2/hₘₐₓ(H)': STABLE_STEP,
  '2/hₘₐₓ': STABLE_STEP,
  'θ*': 'A minimiser of J. In the full parametrization without L2, θ* plus the same c in every row is one too, with the same Hessian. There is none where λ = 0 and the data are completely or quasi-completely separated, nor where a class has no points and the biases are not penalised.',
  'top eigenvector of H': 'The direction in which J curves most sharply at θ: the eigenvector of the Hessian H with the largest eigenvalue. A step that is too large overshoots along it first.',
  'top eigenvector': 'The eigenvector of the Hessian with the largest eigenvalue: the direction in which J curves most sharply, along which a step that is too large overshoots first.',
} as const satisfies Glossary;

/** The first screen's notation and the step limits', for text that uses both. */
export const WITH_STEP_LIMITS: Glossary = { ...GLOSSARY, ...STEP_LIMIT_TERMS };
