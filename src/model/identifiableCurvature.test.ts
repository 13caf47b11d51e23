import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { toDataset, type Point } from './dataset';
import { symmetricEigen } from './eigen';
import { helmertBasis, identifiableCurvature, identifiableEigenvalues } from './identifiableCurvature';
import { createObjective, type ObjectiveSpec } from './objective';
import { shiftAllClasses } from './parameters';

const full = (l2 = 0, penalizeBias = true): ObjectiveSpec => ({ parametrization: { kind: 'full', referenceClass: 0 }, l2, penalizeBias });
const reference = (r: number, l2 = 0, penalizeBias = true): ObjectiveSpec => ({ parametrization: { kind: 'reference', referenceClass: r }, l2, penalizeBias });

/**
 * Balanced data whose features carry nothing: every class at each of (±√2, 0), (0, ±√2), so the mean of x̃x̃ᵀ is
 * I and the minimiser is θ = 0 (every P = 1/K). There H = (1/K)(I − 11ᵀ/K) ⊗ I₃: the intercept-only curvature
 * in each of the three coordinates.
 */
function balanced(classes: number) {
  const s = Math.SQRT2;
  const spots = [[s, 0], [-s, 0], [0, s], [0, -s]];
  const points: Point[] = spots.flatMap(([x1, x2]) => Array.from({ length: classes }, (_, label) => ({ x1, x2, label })));
  return toDataset(points, classes);
}

const smallData = fc
  .integer({ min: 2, max: 5 })
  .chain((classes) =>
    fc.record({
      classes: fc.constant(classes),
      points: fc.array(fc.record({ x1: fc.double({ min: -3, max: 3, noNaN: true }), x2: fc.double({ min: -3, max: 3, noNaN: true }), label: fc.integer({ min: 0, max: classes - 1 }) }), { minLength: 4, maxLength: 20 }),
      theta: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 3 * classes, maxLength: 3 * classes }),
      shift: fc.tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true })),
      l2: fc.constantFrom(0, 0.05),
      penalizeBias: fc.boolean(),
    }),
  );

describe('κ on the identifiable directions (teaching-math §9)', () => {
  test.each([3, 4, 5, 8])('balanced intercept-only data with K = %i: κ_full = 1 and κ_ref = K', (classes) => {
    const data = balanced(classes);
    const zero = new Float64Array(3 * classes);
    expect(identifiableCurvature(data, full(), zero).condition).toBeCloseTo(1, 12);
    for (let r = 0; r < classes; r++) expect(identifiableCurvature(data, reference(r), zero).condition).toBeCloseTo(classes, 10);
    // h_max: 1/K for the full model (every identifiable direction), 1/K for the reference one too when K ≥ 3;
    // h_min of the reference model is 1/K² (the direction that moves every free row together).
    expect(identifiableCurvature(data, full(), zero).largest).toBeCloseTo(1 / classes, 14);
    expect(identifiableCurvature(data, reference(0), zero).smallest).toBeCloseTo(1 / classes ** 2, 14);
  });

  test('with K = 2 the reference model has one free row, all its eigenvalues are 1/4: κ_ref = κ_full = 1, h_max halves', () => {
    const data = balanced(2);
    const zero = new Float64Array(6);
    expect(identifiableCurvature(data, reference(0), zero).condition).toBeCloseTo(1, 12);
    expect(identifiableCurvature(data, reference(0), zero).largest).toBeCloseTo(1 / 4, 14);
    expect(identifiableCurvature(data, full(), zero).largest).toBeCloseTo(1 / 2, 14);
  });

  test('κ can come out the other way round: classes 1 : 1 : 8 at every spot, the majority class as reference, κ_ref = 1.25 < κ_full = 2.4', () => {
    const s2 = Math.SQRT2;
    const spots = [[s2, 0], [-s2, 0], [0, s2], [0, -s2]];
    const counts = [1, 1, 8];
    const points: Point[] = spots.flatMap(([x1, x2]) => counts.flatMap((count, label) => Array.from({ length: count }, () => ({ x1, x2, label }))));
    const data = toDataset(points, 3);
    // The minimiser: softmax of the biases gives the class shares (0.1, 0.1, 0.8), weights 0 (the spots balance out).
    const theta = new Float64Array(9);
    counts.forEach((count, k) => (theta[3 * k] = Math.log(count / 10)));
    expect(identifiableCurvature(data, full(), theta).condition).toBeCloseTo(2.4, 10);
    expect(identifiableCurvature(data, reference(2), theta).condition).toBeCloseTo(1.25, 10);
    // With a minority class as reference it is the other way again.
    expect(identifiableCurvature(data, reference(0), theta).condition).toBeGreaterThan(2.4);
  });

  test('with L2 on every entry the same data give κ_full = 1 and κ_ref = (1/K + λ)/(1/K² + λ)', () => {
    const data = balanced(3);
    const zero = new Float64Array(9);
    expect(identifiableCurvature(data, full(0.1), zero).condition).toBeCloseTo(1, 12);
    expect(identifiableCurvature(data, reference(2, 0.1), zero).condition).toBeCloseTo((1 / 3 + 0.1) / (1 / 9 + 0.1), 12);
  });

  test('the Helmert basis is orthonormal and orthogonal to (1, …, 1)', () => {
    for (let classes = 2; classes <= 8; classes++) {
      const q = helmertBasis(classes);
      for (let j = 0; j < classes - 1; j++) {
        let sum = 0;
        for (let k = 0; k < classes; k++) sum += q[k * (classes - 1) + j];
        expect(sum).toBeCloseTo(0, 14);
        for (let l = 0; l < classes - 1; l++) {
          let dot = 0;
          for (let k = 0; k < classes; k++) dot += q[k * (classes - 1) + j] * q[k * (classes - 1) + l];
          expect(dot).toBeCloseTo(j === l ? 1 : 0, 14);
        }
      }
    }
  });

  test.prop([smallData])('κ ≥ 1, and it does not change when the same c is added to every row', ({ classes, points, theta, shift, l2, penalizeBias }) => {
    const data = toDataset(points, classes);
    const start = Float64Array.from(theta);
    const shifted = shiftAllClasses(start, shift);
    for (const spec of [full(l2, penalizeBias), reference(classes - 1, l2, penalizeBias)]) {
      const here = identifiableCurvature(data, spec, start);
      const there = identifiableCurvature(data, spec, shifted);
      if (Number.isFinite(here.condition)) expect(here.condition).toBeGreaterThanOrEqual(1 - 1e-12);
      expect(there.largest).toBeCloseTo(here.largest, 9);
      expect(there.smallest).toBeCloseTo(here.smallest, 9);
    }
  });

  test.prop([smallData])('the full model’s identifiable eigenvalues are H’s, less the three along the shift', ({ classes, points, theta, l2, penalizeBias }) => {
    const data = toDataset(points, classes);
    const objective = createObjective(data, full(l2, penalizeBias));
    const hessian = objective.hessian(Float64Array.from(theta));
    // Along the shift, H has the L2 term's eigenvalues: λ per penalised entry, 0 per unpenalised one.
    const shiftValues = [penalizeBias ? l2 : 0, l2, l2];
    const together = [...identifiableEigenvalues(hessian, classes, 'full'), ...shiftValues].sort((a, b) => a - b);
    const all = symmetricEigen(hessian, 3 * classes).values;
    together.forEach((value, i) => expect(value).toBeCloseTo(all[i], 9));
  });

  test.prop([smallData])('K = 2 without L2: the full model’s h_max is exactly twice the reference model’s, at every θ', ({ points, theta }) => {
    const data = toDataset(points.map((p) => ({ ...p, label: p.label % 2 })), 2);
    const start = Float64Array.from(theta.slice(0, 6));
    const h = identifiableCurvature(data, full(), start).largest;
    const r = identifiableCurvature(data, reference(0), start).largest;
    expect(h).toBeCloseTo(2 * r, 12);
  });
});
