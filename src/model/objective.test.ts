import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createObjective } from './objective';
import { ROW, redundantComponent, shiftAllClasses } from './parameters';
import { symmetricEigen, countZeroEigenvalues } from './eigen';
import { arbitraryDataset, arbitraryShift, arbitraryVector, close, fullObjective } from './testing/fixtures';

const withTheta = arbitraryDataset().chain((data) => fc.tuple(fc.constant(data), arbitraryVector(ROW * data.classes, 1.5)));
const penalties = fc.record({ l2: fc.constantFrom(0, 0.01, 0.5), penalizeBias: fc.boolean() });

describe('objective', () => {
  test.prop([withTheta, arbitraryShift()])('shifting every class by c leaves P(y|x) and the data term unchanged', ([data, theta], shift) => {
    const objective = fullObjective(data);
    const shifted = shiftAllClasses(theta, shift);
    const before = objective.probabilities(theta);
    const after = objective.probabilities(shifted);
    before.forEach((p, i) => expect(Math.abs(p - after[i])).toBeLessThan(1e-10));
    expect(close(objective.evaluate(theta), objective.evaluate(shifted), 1e-10)).toBe(true);
  });

  test.prop([withTheta, penalties])('analytic gradient matches central differences', ([data, theta], { l2, penalizeBias }) => {
    const objective = fullObjective(data, l2, penalizeBias);
    const gradient = new Float64Array(theta.length);
    objective.evaluate(theta, gradient);
    const h = 1e-6;
    for (let j = 0; j < theta.length; j++) {
      const plus = Float64Array.from(theta);
      const minus = Float64Array.from(theta);
      plus[j] += h;
      minus[j] -= h;
      const numeric = (objective.evaluate(plus) - objective.evaluate(minus)) / (2 * h);
      expect(Math.abs(numeric - gradient[j])).toBeLessThan(1e-6);
    }
  });

  test.prop([withTheta, penalties, fc.constantFrom<'full' | 'reference'>('full', 'reference')])(
    'analytic Hessian matches central differences of the gradient',
    ([data, theta], { l2, penalizeBias }, kind) => {
      const objective = createObjective(data, { parametrization: { kind, referenceClass: data.classes - 1 }, l2, penalizeBias });
      const free = theta.subarray(0, objective.dimension);
      const hessian = objective.hessian(free);
      const d = objective.dimension;
      const h = 1e-5;
      const plus = new Float64Array(d);
      const minus = new Float64Array(d);
      for (let j = 0; j < d; j++) {
        const up = Float64Array.from(free);
        const down = Float64Array.from(free);
        up[j] += h;
        down[j] -= h;
        objective.evaluate(up, plus);
        objective.evaluate(down, minus);
        for (let i = 0; i < d; i++) expect(Math.abs((plus[i] - minus[i]) / (2 * h) - hessian[i * d + j])).toBeLessThan(1e-6);
      }
    },
  );

  test.prop([withTheta])('class-sum of the unregularised gradient is 0', ([data, theta]) => {
    const gradient = new Float64Array(theta.length);
    fullObjective(data).evaluate(theta, gradient);
    expect(redundantComponent(gradient, data.classes).every((entry) => Math.abs(entry) < 1e-12)).toBe(true);
  });

  test.prop([withTheta])('the full unregularised Hessian has exactly 3 zero eigenvalues', ([data, theta]) => {
    const objective = fullObjective(data);
    const { values } = symmetricEigen(objective.hessian(theta), objective.dimension);
    expect(countZeroEigenvalues(values)).toBe(3);
  });

  test.prop([withTheta, fc.double({ min: 0.01, max: 1, noNaN: true })])(
    'full L2 on every entry leaves no zero eigenvalue; sparing the bias leaves exactly one',
    ([data, theta], l2) => {
      const everything = fullObjective(data, l2, true);
      const weightsOnly = fullObjective(data, l2, false);
      expect(countZeroEigenvalues(symmetricEigen(everything.hessian(theta), everything.dimension).values)).toBe(0);
      expect(countZeroEigenvalues(symmetricEigen(weightsOnly.hessian(theta), weightsOnly.dimension).values)).toBe(1);
    },
  );

  test.prop([withTheta])('a reference class leaves the unregularised Hessian non-singular', ([data, theta]) => {
    const objective = createObjective(data, { parametrization: { kind: 'reference', referenceClass: 0 }, l2: 0, penalizeBias: false });
    const { values } = symmetricEigen(objective.hessian(theta.subarray(0, objective.dimension)), objective.dimension);
    expect(countZeroEigenvalues(values)).toBe(0);
    expect(values[0]).toBeGreaterThan(0);
  });

  test.prop([withTheta])('under a reference class J equals the full J at θ with that row zeroed', ([data, theta]) => {
    const r = data.classes - 1;
    const reference = createObjective(data, { parametrization: { kind: 'reference', referenceClass: r }, l2: 0.1, penalizeBias: true });
    const free = theta.subarray(0, reference.dimension);
    const expanded = reference.theta(free);
    expect(Array.from(expanded.subarray(ROW * r, ROW * r + ROW))).toEqual([0, 0, 0]);
    expect(close(reference.evaluate(free), fullObjective(data, 0.1, true).evaluate(expanded), 1e-12)).toBe(true);
  });
});
