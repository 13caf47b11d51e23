import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createObjective } from './objective';
import { symmetricEigen } from './eigen';
import { ROW, type Parametrization } from './parameters';
import { freeParameterAt, sliceBasis, type SliceAxesRequest } from './sliceDirections';
import { arbitraryDataset, arbitraryVector } from './testing/fixtures';

const withTheta = arbitraryDataset().chain((data) => fc.tuple(fc.constant(data), arbitraryVector(ROW * data.classes, 1.5)));
const requests: fc.Arbitrary<SliceAxesRequest> = fc.oneof(
  fc.constant({ kind: 'redundant-vs-curved' as const }),
  fc.record({ kind: fc.constant('parameters' as const), first: fc.integer({ min: -2, max: 30 }), second: fc.integer({ min: -2, max: 30 }) }),
  fc.record({ kind: fc.constant('eigenvectors' as const), first: fc.integer({ min: -2, max: 30 }), second: fc.integer({ min: -2, max: 30 }) }),
);

const dot = (a: Float64Array, b: Float64Array) => a.reduce((sum, x, i) => sum + x * b[i], 0);

describe('slice directions', () => {
  test.prop([withTheta, requests, fc.constantFrom<Parametrization['kind']>('full', 'reference'), fc.constantFrom(0, 0.1), fc.boolean()])(
    'every request, valid or not, gives two orthonormal axes in free space',
    ([data, theta], request, kind, l2, penalizeBias) => {
      const parametrization = { kind, referenceClass: 0 };
      const objective = createObjective(data, { parametrization, l2, penalizeBias });
      const free = theta.subarray(0, objective.dimension);
      const basis = sliceBasis(request, data.classes, parametrization, symmetricEigen(objective.hessian(free), objective.dimension));
      expect(basis.u.length).toBe(objective.dimension);
      expect(Math.abs(dot(basis.u, basis.u) - 1)).toBeLessThan(1e-9);
      expect(Math.abs(dot(basis.v, basis.v) - 1)).toBeLessThan(1e-9);
      expect(Math.abs(dot(basis.u, basis.v))).toBeLessThan(1e-9);
    },
  );

  test.prop([withTheta])('the default axes are the bias shift and the top eigenvector of the full model', ([data, theta]) => {
    const parametrization = { kind: 'full' as const, referenceClass: 0 };
    const objective = createObjective(data, { parametrization, l2: 0, penalizeBias: false });
    const eigen = symmetricEigen(objective.hessian(theta), objective.dimension);
    const basis = sliceBasis({ kind: 'redundant-vs-curved' }, data.classes, parametrization, eigen);
    expect(basis.firstIsRedundant).toBe(true);
    expect(basis.first).toEqual({ kind: 'redundant-bias' });
    expect(basis.second).toEqual({ kind: 'eigenvector', rank: 0, eigenvalue: eigen.values[eigen.values.length - 1] });
    for (let k = 0; k < data.classes; k++) {
      expect(basis.u[ROW * k]).toBeCloseTo(1 / Math.sqrt(data.classes), 12);
      expect(basis.u[ROW * k + 1]).toBe(0);
    }
  });

  test.prop([withTheta])('the reference parametrisation swaps in the two most curved eigenvectors', ([data, theta]) => {
    const parametrization = { kind: 'reference' as const, referenceClass: 1 };
    const objective = createObjective(data, { parametrization, l2: 0, penalizeBias: false });
    const eigen = symmetricEigen(objective.hessian(theta.subarray(0, objective.dimension)), objective.dimension);
    const basis = sliceBasis({ kind: 'redundant-vs-curved' }, data.classes, parametrization, eigen);
    expect(basis.substitution).toBe('no-redundant-direction');
    expect(basis.firstIsRedundant).toBe(false);
    expect(basis.first).toMatchObject({ kind: 'eigenvector', rank: 0 });
    expect(basis.second).toMatchObject({ kind: 'eigenvector', rank: 1 });
  });

  test.prop([withTheta])('an eigenvector axis keeps the sign of the previous one', ([data, theta]) => {
    const parametrization = { kind: 'full' as const, referenceClass: 0 };
    const objective = createObjective(data, { parametrization, l2: 0, penalizeBias: false });
    const eigen = symmetricEigen(objective.hessian(theta), objective.dimension);
    const request = { kind: 'eigenvectors' as const, first: 0, second: 1 };
    const first = sliceBasis(request, data.classes, parametrization, eigen);
    const flipped = { ...first, u: first.u.map((x) => -x), v: first.v.map((x) => -x) };
    const next = sliceBasis(request, data.classes, parametrization, eigen, flipped);
    expect(dot(next.u, flipped.u)).toBeGreaterThan(0.999);
    expect(dot(next.v, flipped.v)).toBeGreaterThan(0.999);
  });

  test('the same or out-of-range parameters are replaced by two distinct valid ones', () => {
    const data = { x1: Float64Array.of(0, 1, 2), x2: Float64Array.of(1, 0, 2), labels: Uint8Array.of(0, 1, 1), classes: 2 };
    const parametrization = { kind: 'full' as const, referenceClass: 0 };
    const objective = createObjective(data, { parametrization, l2: 0, penalizeBias: false });
    const eigen = symmetricEigen(objective.hessian(new Float64Array(6)), 6);
    const same = sliceBasis({ kind: 'parameters', first: 4, second: 4 }, 2, parametrization, eigen);
    expect([same.first, same.second]).toEqual([{ kind: 'parameter', index: 4 }, { kind: 'parameter', index: 0 }]);
    expect(same.substitution).toBe('indices-adjusted');
    const outside = sliceBasis({ kind: 'parameters', first: 9, second: 1.5 }, 2, parametrization, eigen);
    expect([outside.first, outside.second]).toEqual([{ kind: 'parameter', index: 0 }, { kind: 'parameter', index: 1 }]);
  });

  test('free parameters skip the reference row', () => {
    const reference = { kind: 'reference' as const, referenceClass: 0 };
    expect(freeParameterAt(0, 3, reference)).toEqual({ classIndex: 1, component: 0 });
    expect(freeParameterAt(5, 3, reference)).toEqual({ classIndex: 2, component: 2 });
    expect(freeParameterAt(4, 3, { kind: 'full', referenceClass: 0 })).toEqual({ classIndex: 1, component: 1 });
  });
});
