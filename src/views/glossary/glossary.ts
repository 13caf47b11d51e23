/**
 * Short explanations of the notation the lab's first screen uses, shown on hover and keyboard focus (Term).
 * Each must agree with ../shared/notes/teaching-math.md. Hessian eigenvalues are written h, the largest hₘₐₓ
 * (λ is only the L2 strength).
 */
const STABLE_STEP =
  'Two divided by the largest eigenvalue of the Hessian H, the sharpest curvature of J. On a quadratic, gradient descent is stable exactly for a step η below it; on J, the one at the minimiser θ* decides convergence and the one at the current θ is a local guide.';

export const GLOSSARY = {
  '‖∇J‖∞': 'The largest entry of the gradient ∇J in absolute value. The run stops as converged when it falls to the tolerance (where J has a minimiser); it is 0 at a minimum.',
  '‖∇J‖': 'The length of the gradient ∇J: how steeply the loss J still falls at θ. It is 0 at a minimum.',
  '‖m‖': 'The length of m, the mean of the K rows of θ. Adding the same vector to every row changes no probability, so m is the part of θ the data cannot see.',
  '2/hₘₐₓ(H(θ*))':
    'Two divided by hₘₐₓ, the largest eigenvalue of the Hessian at the minimiser θ*. Gradient descent converges to θ* from close enough when η is below it; above it θ* pushes the iterates away, and they typically settle into a bounded oscillation instead.',
  '2/hₘₐₓ(H(θ))':
    'Two divided by the largest eigenvalue of the Hessian at the current θ: the step limit of the quadratic model of J here. A local guide only: it moves with θ and can be wrong both ways.',
  '2/hₘₐₓ(H)': STABLE_STEP,
  '2/hₘₐₓ': STABLE_STEP,
  'θ*': 'A minimiser of J. In the full parametrisation without L2, θ* plus the same c in every row is one too, with the same Hessian; where the data are separable (completely or quasi-completely) and λ = 0 there is none.',
  'top eigenvector of H': 'The direction in which J curves most sharply at θ: the eigenvector of the Hessian H with the largest eigenvalue. A step that is too large overshoots along it first.',
  'top eigenvector': 'The eigenvector of the Hessian with the largest eigenvalue: the direction in which J curves most sharply, along which a step that is too large overshoots first.',
} as const satisfies Readonly<Record<string, string>>;

type GlossaryTerm = keyof typeof GLOSSARY;

/** A run of text: plain, or a glossary term with its explanation. */
export type GlossedPart = { readonly text: string; readonly explanation?: string };

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest first, so "2/hₘₐₓ(H)" is one term rather than "2/hₘₐₓ" followed by "(H)".
const TERMS = new RegExp(
  Object.keys(GLOSSARY)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|'),
  'gu',
);

/**
 * `text` cut into plain runs and glossary terms, in order; only a term's first occurrence is explained (each
 * explained term is a stop for the Tab key).
 */
export function glossParts(text: string): GlossedPart[] {
  const parts: GlossedPart[] = [];
  const explained = new Set<GlossaryTerm>();
  let from = 0;
  for (const match of text.matchAll(TERMS)) {
    const term = match[0] as GlossaryTerm;
    if (explained.has(term)) continue;
    explained.add(term);
    if (match.index > from) parts.push({ text: text.slice(from, match.index) });
    parts.push({ text: term, explanation: GLOSSARY[term] });
    from = match.index + term.length;
  }
  if (from < text.length) parts.push({ text: text.slice(from) });
  return parts;
}
