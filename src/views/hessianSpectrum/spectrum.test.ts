import { describe, expect, test } from 'vitest';
import { createAppStore } from '../../store/createAppStore';
import { DEFAULT_MODEL } from '../../store/settings';
import { curvatureAtTheta, spectrumSentence, structuralZeros, summarizeSpectrum } from './spectrum';

const full = { kind: 'full' as const, referenceClass: 2 };
const reference = { kind: 'reference' as const, referenceClass: 2 };

describe('Hessian spectrum', () => {
  test('the default lab has 3 zero eigenvalues among 9, an infinite condition number, and says why', () => {
    const state = createAppStore().getState();
    const { objective, eigen } = curvatureAtTheta(state);
    const summary = summarizeSpectrum(eigen.values);
    expect(summary.values).toHaveLength(9);
    expect(summary.values[0]).toBeGreaterThanOrEqual(summary.values[8]);
    expect(summary.zeroCount).toBe(3);
    expect(summary.condition).toBe(Infinity);
    expect(spectrumSentence(summary.zeroCount, objective.spec)).toMatch(/^3 zero eigenvalues: the model is over-parameterised along 3 directions/);
  });

  test('the settings of the store reach the objective: a reference class leaves 6 non-zero eigenvalues', () => {
    const store = createAppStore({ model: { ...DEFAULT_MODEL, parametrization: 'reference' } });
    store.getState().advance(5);
    const summary = summarizeSpectrum(curvatureAtTheta(store.getState()).eigen.values);
    expect(summary.values).toHaveLength(6);
    expect(summary.zeroCount).toBe(0);
    expect(Number.isFinite(summary.condition)).toBe(true);
  });

  test('structural zeros follow the parametrisation and the penalty', () => {
    expect(structuralZeros({ parametrization: full, l2: 0, penalizeBias: true })).toBe(3);
    expect(structuralZeros({ parametrization: full, l2: 0.1, penalizeBias: true })).toBe(0);
    expect(structuralZeros({ parametrization: full, l2: 0.1, penalizeBias: false })).toBe(1);
    expect(structuralZeros({ parametrization: reference, l2: 0, penalizeBias: false })).toBe(0);
  });

  test('the sentence names the count and the reason', () => {
    expect(spectrumSentence(0, { parametrization: full, l2: 0.1, penalizeBias: true })).toMatch(/^No zero eigenvalues: L2 .* Newton’s method can invert the Hessian\.$/);
    expect(spectrumSentence(1, { parametrization: full, l2: 0.1, penalizeBias: false })).toBe(
      '1 zero eigenvalue: L2 leaves the shared bias shift free because the bias is not penalised.',
    );
    expect(spectrumSentence(0, { parametrization: reference, l2: 0, penalizeBias: false })).toMatch(/^No zero eigenvalues: with class 2 \(green\) fixed at 0/);
    expect(spectrumSentence(5, { parametrization: full, l2: 0, penalizeBias: false })).toMatch(/^5 zero eigenvalues: 3 from shifting every class together, and 2 more because the data/);
    expect(spectrumSentence(2, { parametrization: reference, l2: 0, penalizeBias: false })).toMatch(/^2 zero eigenvalues: the data do not pin/);
  });
});
