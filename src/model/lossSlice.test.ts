import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createObjective } from './objective';
import { symmetricEigen } from './eigen';
import { expand, identifiablePart, redundantComponent, ROW } from './parameters';
import { bruteForceSlice, planeThrough, progressiveSlice, projectOntoSlice, redundantAxisSlice, sliceExtent, type SlicePlane } from './lossSlice';
import { redundantBiasDirection, sliceBasis } from './sliceDirections';
import { arbitraryDataset, arbitraryVector, close, fullObjective } from './testing/fixtures';

const withTheta = arbitraryDataset().chain((data) => fc.tuple(fc.constant(data), arbitraryVector(ROW * data.classes, 1.5)));
const penalties = fc.record({ l2: fc.constantFrom(0, 0.01, 0.5), penalizeBias: fc.boolean() });

/** The default slice's plane at θ: the shift of all biases against the most curved direction. */
function defaultPlane(theta: Float64Array, classes: number, l2: number, penalizeBias: boolean, data: Parameters<typeof fullObjective>[0]): SlicePlane {
  const objective = fullObjective(data, l2, penalizeBias);
  const basis = sliceBasis({ kind: 'redundant-vs-curved' }, classes, { kind: 'full', referenceClass: 0 }, symmetricEigen(objective.hessian(theta), objective.dimension));
  return planeThrough(partsOf(theta, classes), { kind: 'full', referenceClass: 0 }, basis.u, basis.v);
}

/** A K×3 θ as θ − m and m, as the store and the trainer hold it. */
function partsOf(theta: Float64Array, classes: number) {
  return { identifiable: identifiablePart(theta, classes), redundant: redundantComponent(theta, classes) };
}

describe('loss slice', () => {
  test.prop([withTheta, penalties, fc.double({ min: 0.5, max: 6, noNaN: true })])(
    'the fast redundant-axis slice equals the brute-force grid',
    ([data, theta], { l2, penalizeBias }, extent) => {
      const objective = fullObjective(data, l2, penalizeBias);
      const plane = defaultPlane(theta, data.classes, l2, penalizeBias, data);
      const fast = redundantAxisSlice(objective, plane, 9, extent);
      const brute = bruteForceSlice(objective, plane, 9, extent);
      fast.values.forEach((value, i) => expect(close(value, brute.values[i], 1e-12), `cell ${i}: ${value} vs ${brute.values[i]}`).toBe(true));
    },
  );

  test.prop([withTheta])('J of the full unregularised model is constant along the redundant axis', ([data, theta]) => {
    const objective = fullObjective(data);
    const plane = defaultPlane(theta, data.classes, 0, false, data);
    const resolution = 7;
    const { values } = bruteForceSlice(objective, plane, resolution, 4);
    for (let j = 0; j < resolution; j++) {
      for (let i = 1; i < resolution; i++) expect(close(values[i + j * resolution], values[j * resolution], 1e-12)).toBe(true);
    }
  });

  test.prop([withTheta])('with L2 on the bias the redundant axis is a parabola with curvature λ', ([data, theta]) => {
    const l2 = 0.3;
    const objective = fullObjective(data, l2, true);
    const plane = planeThrough(partsOf(theta, data.classes), { kind: 'full', referenceClass: 0 }, redundantBiasDirection(data.classes), new Float64Array(theta.length));
    const { values } = bruteForceSlice(objective, plane, 3, 1);
    // Second difference along a (row b = 0 is constant in b since v = 0): (J(−1) − 2J(0) + J(1)) / 1² = λ‖u‖².
    expect(close(values[0] - 2 * values[1] + values[2], l2, 1e-9)).toBe(true);
  });

  test.prop([withTheta, fc.constantFrom<'full' | 'reference'>('full', 'reference'), fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true })])(
    'a θ on the plane projects to its own coordinates; the off-plane part is dropped',
    ([data, theta], kind, a, b) => {
      const parametrization = { kind, referenceClass: data.classes - 1 };
      const objective = createObjective(data, { parametrization, l2: 0, penalizeBias: false });
      const center = theta.subarray(0, objective.dimension);
      const basis = sliceBasis({ kind: 'eigenvectors', first: 0, second: 1 }, data.classes, parametrization, symmetricEigen(objective.hessian(center), objective.dimension));
      const plane = { center, offset: new Float64Array(ROW), u: basis.u, v: basis.v };
      // A third eigenvector is orthogonal to both axes.
      const w = sliceBasis({ kind: 'eigenvectors', first: 2, second: 0 }, data.classes, parametrization, symmetricEigen(objective.hessian(center), objective.dimension)).u;
      const onPlane = center.map((c, i) => c + a * basis.u[i] + b * basis.v[i]);
      const offPlane = onPlane.map((x, i) => x + 2.5 * w[i]);
      const thetas = [onPlane, offPlane].map((free) => expand(free, data.classes, parametrization));
      for (const [pa, pb] of projectOntoSlice(thetas.map((t) => partsOf(t, data.classes)), plane, data.classes, parametrization)) {
        expect(Math.abs(pa - a)).toBeLessThan(1e-9);
        expect(Math.abs(pb - b)).toBeLessThan(1e-9);
      }
    },
  );

  test.prop([withTheta])('under a reference class, shifting every row first changes no projection', ([data, theta]) => {
    const parametrization = { kind: 'reference' as const, referenceClass: 0 };
    const objective = createObjective(data, { parametrization, l2: 0, penalizeBias: false });
    const center = theta.subarray(0, objective.dimension);
    const basis = sliceBasis({ kind: 'redundant-vs-curved' }, data.classes, parametrization, symmetricEigen(objective.hessian(center), objective.dimension));
    const plane = { center, offset: new Float64Array(ROW), u: basis.u, v: basis.v };
    const expanded = expand(center.map((x, i) => x + 0.7 * basis.u[i]), data.classes, parametrization);
    const shifted = expanded.map((x, i) => x + [1, -2, 0.5][i % ROW]);
    const [[a1, b1], [a2, b2]] = projectOntoSlice([expanded, shifted].map((t) => partsOf(t, data.classes)), plane, data.classes, parametrization);
    expect(Math.abs(a1 - 0.7)).toBeLessThan(1e-9);
    expect(Math.abs(a2 - a1)).toBeLessThan(1e-9);
    expect(Math.abs(b2 - b1)).toBeLessThan(1e-9);
  });

  test.prop([withTheta, penalties])('the progressive slice ends with the brute-force grid, coarse first', ([data, theta], { l2, penalizeBias }) => {
    const objective = fullObjective(data, l2, penalizeBias);
    const plane = defaultPlane(theta, data.classes, l2, penalizeBias, data);
    const grids = [...progressiveSlice(objective, plane, 2, [3, 6])].filter((grid) => grid !== null);
    expect(grids.map((grid) => grid.resolution)).toEqual([3, 6]);
    expect(Array.from(grids[1].values)).toEqual(Array.from(bruteForceSlice(objective, plane, 6, 2).values));
  });

  test.prop([withTheta, penalties, fc.double({ min: 1e3, max: 1e150, noNaN: true })])(
    'a class-mean of any size changes no data term on the grid: the slice at θ + c equals the one at θ, plus the penalty change',
    ([data, theta], { l2, penalizeBias }, size) => {
      const objective = fullObjective(data, 0, penalizeBias);
      const plane = defaultPlane(theta, data.classes, l2, penalizeBias, data);
      const far = { ...plane, offset: plane.offset.map((m, i) => m + [size, -size, size][i]) };
      const near = bruteForceSlice(objective, plane, 5, 2);
      const shifted = bruteForceSlice(objective, far, 5, 2);
      near.values.forEach((value, i) => expect(close(shifted.values[i], value, 1e-12)).toBe(true));
      const [[a, b]] = projectOntoSlice([{ identifiable: plane.center, redundant: Array.from(far.offset) as [number, number, number] }], far, data.classes, { kind: 'full', referenceClass: 0 });
      expect([a, b]).toEqual([0, 0]);
    },
  );

  test('the extent covers every point with a margin and moves in 1-2-3-5 steps', () => {
    expect(sliceExtent([], 3)).toBe(3);
    expect(sliceExtent([[0.5, -0.2]], 3)).toBe(3);
    expect(sliceExtent([[0, -3.5]], 3)).toBe(5);
    expect(sliceExtent([[12, 1]], 3)).toBe(20);
    expect(sliceExtent([[Number.NaN, 1]], 3)).toBe(3);
  });
});
