/**
 * Short explanations of the notation the lab's first screen uses, shown on hover and keyboard focus (Term).
 * Each must agree with ../shared/notes/teaching-math.md. Hessian eigenvalues are written hₘₐₓ (λ is the L2
 * weight); the older spelling λmax is matched too, so a sentence keeps its explanation whichever it uses.
 */
const STABLE_STEP =
  'Two divided by the largest eigenvalue of the Hessian H, the sharpest curvature of J at θ. On the quadratic model of J near θ, gradient descent is stable for a step η below it; it is a local guide, not a guarantee.';

export const GLOSSARY = {
  '‖∇J‖∞': 'The largest entry of the gradient ∇J in absolute value. The run stops as converged when it falls to the tolerance; it is 0 at a minimum.',
  '‖∇J‖': 'The length of the gradient ∇J: how steeply the loss J still falls at θ. It is 0 at a minimum.',
  '‖m‖': 'The length of m, the mean of the K rows of θ. Adding the same vector to every row changes no probability, so m is the part of θ the data cannot see.',
  '2/hₘₐₓ(H)': STABLE_STEP,
  '2/hₘₐₓ': STABLE_STEP,
  '2/λmax(H)': STABLE_STEP,
  '2/λmax': STABLE_STEP,
  'top eigenvector of H': 'The direction in which J curves most sharply at θ: the eigenvector of the Hessian H with the largest eigenvalue. A step that is too large overshoots along it first.',
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
