import { describe, expect, test } from 'vitest';
import { GLOSSARY, glossParts } from './glossary';

describe('glossParts', () => {
  test('cuts a sentence into plain runs and terms, and joining them gives the sentence back', () => {
    const text = 'GD converges to the minimiser θ* only for η below 2/hₘₐₓ(H(θ*)) = 1.5137. At the current θ, 2/hₘₐₓ(H(θ)) = 1.3629, along the top eigenvector of H.';
    const parts = glossParts(text);
    expect(parts.map((part) => part.text).join('')).toBe(text);
    expect(parts.filter((part) => part.explanation !== undefined).map((part) => part.text)).toEqual(['θ*', '2/hₘₐₓ(H(θ*))', '2/hₘₐₓ(H(θ))', 'top eigenvector of H']);
  });

  test('takes the longest term: ‖∇J‖∞ is not ‖∇J‖ followed by ∞, nor 2/hₘₐₓ(H(θ*)) a shorter 2/hₘₐₓ', () => {
    expect(glossParts('stops when ‖∇J‖∞ ≤ this')[1]).toEqual({ text: '‖∇J‖∞', explanation: GLOSSARY['‖∇J‖∞'] });
    expect(glossParts('η < 2/hₘₐₓ(H(θ*)) ≈ 1.5')[1]?.text).toBe('2/hₘₐₓ(H(θ*))');
    // λ names only the L2 strength: no Hessian eigenvalue is written λ.
    expect(Object.keys(GLOSSARY).some((term) => term.includes('λ'))).toBe(false);
  });

  test('explains a term once, and leaves text without terms whole', () => {
    const parts = glossParts('‖m‖ and ‖m‖ again');
    expect(parts).toEqual([{ text: '‖m‖', explanation: GLOSSARY['‖m‖'] }, { text: ' and ‖m‖ again' }]);
    expect(glossParts('plain words')).toEqual([{ text: 'plain words' }]);
    expect(glossParts('')).toEqual([]);
  });
});
