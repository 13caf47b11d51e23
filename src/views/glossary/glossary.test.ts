import { describe, expect, test } from 'vitest';
import { GLOSSARY, glossParts } from './glossary';
import { toDataset } from '../../model/dataset';
import { minimiserExistence } from '../../model/minimiserExistence';
import { STEP_LIMIT_TERMS, WITH_STEP_LIMITS } from './stepLimitGlossary';

describe('glossParts', () => {
  test('cuts a sentence into plain runs and terms, and joining them gives the sentence back', () => {
    const text = 'GD converges to the minimiser θ* only for η below 2/hₘₐₓ(H(θ*)) = 1.5137. At the current θ, 2/hₘₐₓ(H(θ)) = 1.3629, along the top eigenvector of H.';
    const parts = glossParts(text, WITH_STEP_LIMITS);
    expect(parts.map((part) => part.text).join('')).toBe(text);
    expect(parts.filter((part) => part.explanation !== undefined).map((part) => part.text)).toEqual(['θ*', '2/hₘₐₓ(H(θ*))', '2/hₘₐₓ(H(θ))', 'top eigenvector of H']);
  });

  test('takes the longest term: ‖∇J‖∞ is not ‖∇J‖ followed by ∞, nor 2/hₘₐₓ(H(θ*)) a shorter 2/hₘₐₓ', () => {
    expect(glossParts('stops when ‖∇J‖∞ ≤ this')[1]).toEqual({ text: '‖∇J‖∞', explanation: GLOSSARY['‖∇J‖∞'] });
    expect(glossParts('η < 2/hₘₐₓ(H(θ*)) ≈ 1.5', WITH_STEP_LIMITS)[1]?.text).toBe('2/hₘₐₓ(H(θ*))');
    // λ names only the L2 strength: no Hessian eigenvalue is written λ.
    expect(Object.keys(WITH_STEP_LIMITS).some((term) => term.includes('λ'))).toBe(false);
  });

  test('explains a term once, and leaves text without terms whole', () => {
    const parts = glossParts('‖m‖ and ‖m‖ again');
    expect(parts).toEqual([{ text: '‖m‖', explanation: GLOSSARY['‖m‖'] }, { text: ' and ‖m‖ again' }]);
    expect(glossParts('plain words')).toEqual([{ text: 'plain words' }]);
    expect(glossParts('')).toEqual([]);
  });

  test('the first screen’s glossary leaves the step limits’ notation plain; with the step limits’ it is explained', () => {
    expect(glossParts('η < 2/hₘₐₓ, ‖m‖')).toEqual([{ text: 'η < 2/hₘₐₓ, ' }, { text: '‖m‖', explanation: GLOSSARY['‖m‖'] }]);
    expect(glossParts('η < 2/hₘₐₓ, ‖m‖', WITH_STEP_LIMITS).filter((part) => part.explanation !== undefined)).toEqual([
      { text: '2/hₘₐₓ', explanation: STEP_LIMIT_TERMS['2/hₘₐₓ'] },
      { text: '‖m‖', explanation: GLOSSARY['‖m‖'] },
    ]);
  });
});

describe('θ*', () => {
  test('names every case where J has none: separation with λ = 0, and a class with no points when the biases are not penalised', () => {
    expect(STEP_LIMIT_TERMS['θ*']).toBe(
      'A minimiser of J. In the full parametrization without L2, θ* plus the same c in every row is one too, with the same Hessian. There is none where λ = 0 and the data are completely or quasi-completely separated, nor where a class has no points and the biases are not penalised.',
    );
    // Overlapping points in classes 0 and 1 of K = 3, L2 on the weights only: no separation, yet no minimiser.
    const data = toDataset([[0, 0, 0], [1, 0, 1], [0, 1, 1], [1, 1, 0]].map(([x1, x2, label]) => ({ x1, x2, label })), 3);
    const existence = minimiserExistence(data, 'overlapping', { parametrization: { kind: 'full', referenceClass: 2 }, l2: 0.01, penalizeBias: false });
    expect(existence).toEqual({ kind: 'none', reason: 'emptyClass', emptyClass: 2 });
  });
});
