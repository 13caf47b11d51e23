import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { toDataset, type Dataset, type Point } from './dataset';
import { linearlySeparable } from './datasets/linearlySeparable';
import { DEFAULT_INIT } from './initialization';
import { maxMarginClassifier, type MaxMargin } from './maxMargin';
import { angleBetween } from './maxMarginAngle';
import { DEFAULT_OPTIMIZER_SETTINGS } from './optimizers';
import { euclideanNorm, redundantComponent, ROW, type Parametrization } from './parameters';
import { createTrainer } from './trainer';

const FULL: Parametrization = { kind: 'full', referenceClass: 0 };
const REFERENCE: Parametrization = { kind: 'reference', referenceClass: 0 };
const p = (x1: number, x2: number, label: number): Point => ({ x1, x2, label });

function solved(data: Dataset, parametrization = FULL): Extract<MaxMargin, { kind: 'solved' }> {
  const result = maxMarginClassifier(data, parametrization);
  if (result.kind !== 'solved') throw new Error(`expected an SVM, got ${JSON.stringify(result)}`);
  return result;
}

/** min over k ≠ y_n of (θ_{y_n} − θ_k)·x̃_n: point n's margin. */
function margin(theta: Float64Array, data: Dataset, n: number): number {
  const score = (k: number) => theta[ROW * k] + theta[ROW * k + 1] * data.x1[n] + theta[ROW * k + 2] * data.x2[n];
  const y = data.labels[n];
  let smallest = Infinity;
  for (let k = 0; k < data.classes; k++) if (k !== y) smallest = Math.min(smallest, score(y) - score(k));
  return smallest;
}

/**
 * Three separable clusters, 18 points (coordinates to 2 decimals). The golden SVMs below come from an independent
 * solver (SciPy's SLSQP on the same primal, ftol 1e-15), not from this code.
 */
const CLUSTERS = toDataset(
  [
    [2.06, -0.17, 0], [2.32, 0.13, 0], [1.73, 0.45, 0], [2.65, 1.18, 0], [1.65, -1.58, 0], [1.69, 0.05, 0],
    [-2.16, 1.43, 1], [-1.62, 0.78, 1], [-1.27, 1.3, 1], [-0.79, 3.0, 1], [-1.06, 3.41, 1], [-1.33, 2.14, 1],
    [-0.55, -1.58, 2], [-1.37, -2.85, 2], [-1.23, -1.42, 2], [-1.5, -1.96, 2], [-1.08, -1.02, 2], [-0.89, -1.26, 2],
  ].map(([x1, x2, label]) => p(x1, x2, label)),
  3,
);

describe('the hard-margin multiclass SVM, by hand', () => {
  test('two points on the x1-axis: the boundary halfway, the bias in the norm', () => {
    // Class 0 at x1 = 0, class 1 at x1 = 2; d = θ_1 − θ_0 needs d_b ≤ −1 and d_b + 2 d_w1 ≥ 1. The least ‖d‖ is
    // (−1, 1, 0) (both active; multipliers 1.5 and 0.5, both positive), and the least ‖θ‖ splits it as ±d/2.
    const data = toDataset([p(0, 0, 0), p(2, 0, 1)], 2);
    const { theta, supportVectors } = solved(data);
    [0.5, -0.5, 0, -0.5, 0.5, 0].forEach((value, i) => expect(theta[i]).toBeCloseTo(value, 12));
    expect(supportVectors).toEqual([0, 1]);
  });

  test('three points at 120° apart: θ_k = (0, (2/3) u_k), every point a support vector', () => {
    // By symmetry the answer is θ_k = (0, a·u_k); a margin of 1 is a(1 − cos 120°) = 1.5a = 1.
    const angles = [0, (2 * Math.PI) / 3, (4 * Math.PI) / 3];
    const data = toDataset(angles.map((a, k) => p(Math.cos(a), Math.sin(a), k)), 3);
    const { theta, supportVectors } = solved(data);
    angles.forEach((a, k) => {
      expect(theta[ROW * k]).toBeCloseTo(0, 12);
      expect(theta[ROW * k + 1]).toBeCloseTo((2 / 3) * Math.cos(a), 12);
      expect(theta[ROW * k + 2]).toBeCloseTo((2 / 3) * Math.sin(a), 12);
    });
    expect(supportVectors).toEqual([0, 1, 2]);
  });

  test('three clusters: the golden SVM of each parametrisation (full, and reference class 0)', () => {
    const full = [0.055713, 0.592232, -0.088027, 0.067559, -0.275374, 0.605792, -0.123272, -0.316858, -0.517765];
    const reference = [0, 0, 0, 0.025841, -0.759521, 0.640288, -0.314796, -0.909091, -0.515694];
    solved(CLUSTERS).theta.forEach((value, i) => expect(value).toBeCloseTo(full[i], 5));
    solved(CLUSTERS, REFERENCE).theta.forEach((value, i) => expect(value).toBeCloseTo(reference[i], 5));
    // Two different classifiers: a different norm is minimised over the same constraints.
    expect(angleBetween(solved(CLUSTERS).direction, solved(CLUSTERS, REFERENCE).direction)).toBeGreaterThan(0.1);
  });
});

describe('no SVM', () => {
  test('no points: nothing to separate', () => {
    expect(maxMarginClassifier(toDataset([], 3), FULL)).toEqual({ kind: 'no-points' });
  });

  test('XOR is not separable', () => {
    const xor = toDataset([p(1, 1, 0), p(-1, -1, 0), p(-1, 1, 1), p(1, -1, 1)], 2);
    expect(maxMarginClassifier(xor, FULL)).toEqual({ kind: 'not-separable' });
  });
});

const separableSets = fc
  .record({ classes: fc.integer({ min: 2, max: 5 }), count: fc.integer({ min: 2, max: 40 }), seed: fc.nat() })
  .map(({ classes, count, seed }) => toDataset(linearlySeparable({ classes, count, seed }), classes));

describe('the SVM on random separable sets', () => {
  test.prop([separableSets], { numRuns: 40 })('the minimum-norm θ of the full parametrisation has Σ_k θ_k = 0 (m = 0)', (data) => {
    const { theta } = solved(data);
    for (const entry of redundantComponent(theta, data.classes)) expect(Math.abs(entry)).toBeLessThan(1e-9);
  });

  test.prop([separableSets, fc.constantFrom(FULL, REFERENCE)], { numRuns: 40 })(
    'every margin is at least 1, and exactly 1 on the support vectors (which exist)',
    (data, parametrization) => {
      const { theta, supportVectors } = solved(data, parametrization);
      expect(supportVectors.length).toBeGreaterThan(0);
      for (let n = 0; n < data.labels.length; n++) expect(margin(theta, data, n)).toBeGreaterThan(1 - 1e-7);
      for (const n of supportVectors) expect(margin(theta, data, n)).toBeCloseTo(1, 7);
    },
  );

  const perturbation = fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 24, maxLength: 24 });
  test.prop([separableSets, perturbation], { numRuns: 40 })('no feasible θ near θ* is shorter (the problem is convex: so none anywhere)', (data, delta) => {
    // Any θ with every margin positive, scaled up until its smallest margin is 1, is feasible.
    const { theta } = solved(data);
    const moved = theta.map((value, i) => value + 1e-2 * delta[i]);
    const smallest = Math.min(...data.labels.map((_, n) => margin(moved, data, n)));
    fc.pre(smallest > 0);
    expect(euclideanNorm(moved) / smallest).toBeGreaterThanOrEqual(euclideanNorm(theta) * (1 - 1e-12));
  });
});

describe('gradient descent turns towards the SVM direction', () => {
  test('on the three clusters, GD’s θ − m nears the SVM of its own parametrisation, slowly', () => {
    // Measured: full GD with η = 1 from zeros has angle 0.191 at step 10, 0.156 at 100, 0.121 at 1000 and 0.096 at
    // 10,000; its last increment θ(10⁴) − θ(10³) is within 0.04 of the SVM direction but 0.18 from the reference
    // class's SVM (whose own GD run ends up the other way round).
    for (const [parametrization, other] of [[FULL, REFERENCE], [REFERENCE, FULL]] as const) {
      const trainer = createTrainer(CLUSTERS, {
        objective: { parametrization, l2: 0, penalizeBias: true },
        optimizer: { ...DEFAULT_OPTIMIZER_SETTINGS, learningRate: 1 },
        init: DEFAULT_INIT,
        tolerance: 0,
      });
      const own = solved(CLUSTERS, parametrization).direction;
      const angles: number[] = [];
      let atThousand: Float64Array = new Float64Array(0);
      for (let step = 1; step <= 10_000; step++) {
        trainer.advance();
        if (step === 1000) atThousand = trainer.identifiable();
        if ([10, 100, 1000, 10_000].includes(step)) angles.push(angleBetween(trainer.identifiable(), own));
      }
      const increment = trainer.identifiable().map((value, i) => value - atThousand[i]);
      expect(angleBetween(increment, own)).toBeLessThan(0.05);
      expect(angleBetween(increment, solved(CLUSTERS, other).direction)).toBeGreaterThan(0.1);
      if (parametrization === FULL) {
        angles.forEach((angle, i) => i > 0 && expect(angle).toBeLessThan(angles[i - 1]));
        expect(angles.at(-1)).toBeLessThan(0.1);
      }
    }
  });
});
