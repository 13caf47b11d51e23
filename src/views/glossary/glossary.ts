/**
 * Short explanations of the notation the lab's first screen uses, shown on hover and keyboard focus (Term): the
 * run's readout and the settings' hints. The step limits' notation is explained in stepLimitGlossary.ts, which
 * loads with the views that show those limits. Each must agree with ../shared/notes/teaching-math.md.
 */
export const GLOSSARY = {
  '‖∇J‖∞': 'The largest entry of the gradient ∇J in absolute value. The run stops as converged when it falls to the tolerance (where J has a minimiser); it is 0 at a minimum.',
  '‖∇J‖': 'The length of the gradient ∇J: how steeply the loss J still falls at θ. It is 0 at a minimum.',
  '‖m‖': 'The length of m, the mean of the K rows of θ. Adding the same vector to every row changes no probability, so with every row free m is the part of θ the data cannot see; with a reference class fixed at 0, m is not free and follows the other rows.',
} as const satisfies Glossary;

/** Terms and their explanations. */
export type Glossary = Readonly<Record<string, string>>;

/** A run of text: plain, or a glossary term with its explanation. */
export type GlossedPart = { readonly text: string; readonly explanation?: string };

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest first, so "2/hₘₐₓ(H)" is one term rather than "2/hₘₐₓ" followed by "(H)".
const termPattern = (glossary: Glossary) =>
  new RegExp(
    Object.keys(glossary)
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|'),
    'gu',
  );

/**
 * `text` cut into plain runs and glossary terms, in order; only a term's first occurrence is explained (each
 * explained term is a stop for the Tab key).
 */
export function glossParts(text: string, glossary: Glossary = GLOSSARY): GlossedPart[] {
  const parts: GlossedPart[] = [];
  const explained = new Set<string>();
  let from = 0;
  for (const match of text.matchAll(termPattern(glossary))) {
    const term = match[0];
    if (explained.has(term)) continue;
    explained.add(term);
    if (match.index > from) parts.push({ text: text.slice(from, match.index) });
    parts.push({ text: term, explanation: glossary[term] });
    from = match.index + term.length;
  }
  if (from < text.length) parts.push({ text: text.slice(from) });
  return parts;
}
