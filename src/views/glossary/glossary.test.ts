import { describe, expect, test } from 'vitest';
import { GLOSSARY, glossParts } from './glossary';

describe('glossParts', () => {
  test('cuts a sentence into plain runs and terms, and joining them gives the sentence back', () => {
    const text = 'Near θ, gradient descent is stable for η < 2/hₘₐₓ(H) ≈ 1.36; above it the iterates oscillate along the top eigenvector of H and grow.';
    const parts = glossParts(text);
    expect(parts.map((part) => part.text).join('')).toBe(text);
    expect(parts.filter((part) => part.explanation !== undefined).map((part) => part.text)).toEqual(['2/hₘₐₓ(H)', 'top eigenvector of H']);
  });

  test('takes the longest term: ‖∇J‖∞ is not ‖∇J‖ followed by ∞, and the old spelling λmax is explained too', () => {
    expect(glossParts('stops when ‖∇J‖∞ ≤ this')[1]).toEqual({ text: '‖∇J‖∞', explanation: GLOSSARY['‖∇J‖∞'] });
    expect(glossParts('η < 2/λmax(H) ≈ 2.274')[1]?.text).toBe('2/λmax(H)');
  });

  test('explains a term once, and leaves text without terms whole', () => {
    const parts = glossParts('‖m‖ and ‖m‖ again');
    expect(parts).toEqual([{ text: '‖m‖', explanation: GLOSSARY['‖m‖'] }, { text: ' and ‖m‖ again' }]);
    expect(glossParts('plain words')).toEqual([{ text: 'plain words' }]);
    expect(glossParts('')).toEqual([]);
  });
});
