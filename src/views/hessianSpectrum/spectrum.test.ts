import { describe, expect, test } from 'vitest';
import { createAppStore } from '../../store/createAppStore';
import { DEFAULT_MODEL } from '../../store/settings';
import { shiftAllClasses } from '../../model/parameters';
import { hessianRoundingFloor } from '../../model/eigen';
import { curvatureAtTheta, hessianAtTheta, spectrumView, summarizeSpectrum } from './spectrum';
import { spectrumSentence, structuralZeros } from './spectrumText';

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
    expect(spectrumSentence(5, { parametrization: full, l2: 0, penalizeBias: false })).toMatch(/^5 zero eigenvalues in float64: 3 from shifting every class together, and 2 more because either the points lie on one line/);
    expect(spectrumSentence(2, { parametrization: reference, l2: 0, penalizeBias: false })).toMatch(/^2 zero eigenvalues in float64: either the points lie on one line \(then those are exactly zero\), or at this θ the probabilities/);
  });

  test('the full model’s 3 zero eigenvalues name the pseudo-inverse Newton uses, not a need for damping', () => {
    const sentence = spectrumSentence(3, { parametrization: full, l2: 0, penalizeBias: true });
    expect(sentence).not.toMatch(/needs damping/);
    expect(sentence).toMatch(/Newton’s method uses its pseudo-inverse, which takes no step along them, or damping \(H \+ μI\)\.$/);
  });

  test('the spectrum is computed from θ − m: a class-mean of 1e15 changes no eigenvalue', () => {
    const store = createAppStore();
    store.getState().advance(5);
    const state = store.getState();
    const shifted = { ...state, theta: shiftAllClasses(state.theta, [1e15, -1e15, 1e15]) };
    const plain = curvatureAtTheta(state).eigen.values;
    const far = curvatureAtTheta(shifted).eigen.values;
    plain.forEach((value, i) => expect(Math.abs(far[i] - value)).toBeLessThanOrEqual(1e-12 * Math.abs(plain[plain.length - 1])));
  });

  test('a θ that is not finite gets no description: the panel says the spectrum cannot be computed, and why', () => {
    const state = createAppStore().getState();
    const diverged = { ...state, theta: state.theta.map(() => Number.NaN), identifiable: state.identifiable.map(() => Number.NaN) };
    const view = spectrumView(diverged);
    expect(view).toMatchObject({ ok: false, error: expect.stringMatching(/^The spectrum cannot be computed: θ is not a finite number/) });
    const infinite = { ...state, theta: state.theta.map(() => Number.POSITIVE_INFINITY) };
    expect(spectrumView(infinite).ok).toBe(false);
  });

  test('an ordinary θ gets its spectrum and sentence, and a finite κ on the identifiable directions', () => {
    const view = spectrumView(createAppStore().getState());
    expect(view.ok && view.sentence).toMatch(/^3 zero eigenvalues/);
    // The default lab at θ = 0: the full Hessian is singular, but on θ − m its κ is finite (2.66 on these blobs).
    expect(view.ok && view.summary.condition).toBe(Infinity);
    expect(view.ok && view.identifiable.condition).toBeCloseTo(2.6623, 4);
  });

  test('rounding noise is not curvature: after one step at learning rate 10⁴ no eigenvalue of ±1e−130 is shown as non-zero', () => {
    const store = createAppStore();
    store.getState().setOptimizer({ kind: 'gd', learningRate: 1e4 });
    store.getState().advance(1);
    const state = store.getState();
    const raw = curvatureAtTheta(state).eigen.values;
    // Saturated probabilities: what is left of the Hessian is rounding noise, of both signs.
    expect(Math.max(...Array.from(raw, Math.abs))).toBeLessThan(1e-100);
    const view = spectrumView(state);
    expect(view.ok && view.summary.zeroCount).toBe(9);
    expect(hessianRoundingFloor(state.data, 9)).toBeGreaterThan(1e-14);
  });

  test('the rounding floor leaves ordinary curvature alone', () => {
    const store = createAppStore();
    store.getState().advance(5);
    const state = store.getState();
    const summary = summarizeSpectrum(curvatureAtTheta(state).eigen.values, hessianRoundingFloor(state.data, 9));
    expect(summary.zeroCount).toBe(3);
  });
});

describe('hessianAtTheta', () => {
  test('the spectrum, the stable step and the slice share one Hessian per θ, points and model', () => {
    const store = createAppStore();
    const first = hessianAtTheta(store.getState(), store.caches);
    expect(hessianAtTheta(store.getState(), store.caches)).toBe(first);
    store.getState().stepOnce();
    const afterStep = hessianAtTheta(store.getState(), store.caches);
    expect(afterStep).not.toBe(first);
    store.getState().setModel({ l2: 0.5, penalizeBias: false });
    const withL2 = hessianAtTheta(store.getState(), store.caches);
    expect(withL2).not.toBe(afterStep);
    // (λ/2)‖W‖² adds λ = 0.5 to the diagonal at a weight entry (θ_0's w1, entry 1 of 9), and nothing at a bias.
    const dimension = withL2.objective.dimension;
    expect(withL2.hessian[1 * dimension + 1] - afterStep.hessian[1 * dimension + 1]).toBeCloseTo(0.5, 12);
    expect(withL2.hessian[0]).toBeCloseTo(afterStep.hessian[0], 12);
  });

  test('each lab keeps its own Hessian: a second store computes its own, and the first keeps its entry', () => {
    const first = createAppStore();
    const second = createAppStore();
    const mine = hessianAtTheta(first.getState(), first.caches);
    const theirs = hessianAtTheta(second.getState(), second.caches);
    expect(theirs).not.toBe(mine);
    expect(Array.from(theirs.hessian)).toEqual(Array.from(mine.hessian));
    expect(hessianAtTheta(first.getState(), first.caches)).toBe(mine);
  });
});
