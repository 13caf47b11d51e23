import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { toDataset, type Point } from '../dataset';
import { createObjective, type ObjectiveSpec } from '../objective';
import { hasMinimiser, minimiserExistence } from '../minimiserExistence';
import { classifySeparation } from '../separability';
import { arbitraryDataset, arbitraryVector, close } from '../testing/fixtures';
import { lossTarget } from './lossTarget';
import { QUASI8, QUASI9 } from './quasiSeparated.fixtures';

const FULL: ObjectiveSpec = { parametrization: { kind: 'full', referenceClass: 0 }, l2: 0, penalizeBias: false };
const CORNERS = [
  [-1, -1],
  [-1, 1],
  [1, -1],
  [1, 1],
] as const;

/** Every corner of the square carries the same labels, so the best classifier predicts their frequencies everywhere. */
function sameMixEverywhere(labels: readonly number[], classes: number) {
  const points: Point[] = CORNERS.flatMap(([x1, x2]) => labels.map((label) => ({ x1, x2, label })));
  return toDataset(points, classes);
}

describe('the race’s loss target', () => {
  it('is the entropy of the label frequencies when every location has the same mix (golden values)', () => {
    // J* = −Σ p_k ln p_k: with p = (3/4, 1/4), 0.5623351446188083; with p = (1/2, 1/4, 1/4), 1.0397207708399179.
    const two = lossTarget(sameMixEverywhere([0, 0, 0, 1], 2), FULL, 'overlapping');
    const three = lossTarget(sameMixEverywhere([0, 0, 1, 2], 3), { ...FULL, parametrization: { kind: 'reference', referenceClass: 2 } }, 'overlapping');
    expect(two.kind === 'optimum' && two.loss).toBeCloseTo(0.5623351446188083, 14);
    expect(three.kind === 'optimum' && three.loss).toBeCloseTo(1.0397207708399179, 14);
  });

  it('says there is no minimum on separable data without L2, and where a class has no points and no bias penalty', () => {
    const separable = toDataset([{ x1: -1, x2: 0, label: 0 }, { x1: 1, x2: 0, label: 1 }, { x1: 0, x2: 1, label: 1 }], 2);
    expect(lossTarget(separable, FULL, 'completelySeparable')).toEqual({ kind: 'no-minimum', reason: 'completelySeparable' });
    const emptyClass = sameMixEverywhere([0, 0, 1], 4);
    const noPoints = { kind: 'no-minimum', reason: 'emptyClass', emptyClasses: [2, 3] };
    expect(lossTarget(emptyClass, FULL, 'overlapping')).toEqual(noPoints);
    expect(lossTarget(emptyClass, { ...FULL, l2: 0.1, penalizeBias: false }, 'overlapping')).toEqual(noPoints);
    expect(lossTarget(emptyClass, { ...FULL, parametrization: { kind: 'reference', referenceClass: 3 } }, 'overlapping')).toEqual(noPoints);
    expect(lossTarget(emptyClass, { ...FULL, l2: 0.1, penalizeBias: true }, 'overlapping').kind).toBe('optimum');
    expect(lossTarget(separable, { ...FULL, l2: 0.01, penalizeBias: true }, 'completelySeparable').kind).toBe('optimum');
  });

  it('says there is no minimum where the classes only touch (quasi9, quasi8), though Newton would return an infimum there', () => {
    for (const points of [QUASI9, QUASI8]) {
      const data = toDataset(points, 2);
      expect(classifySeparation(data)).toBe('quasiCompletelySeparated');
      for (const parametrization of [FULL.parametrization, { kind: 'reference', referenceClass: 1 } as const]) {
        expect(lossTarget(data, { ...FULL, parametrization }, 'quasiCompletelySeparated')).toEqual({ kind: 'no-minimum', reason: 'quasiCompletelySeparated' });
      }
      // L2 on every entry gives J a minimiser again.
      expect(lossTarget(data, { ...FULL, l2: 0.01, penalizeBias: true }, 'quasiCompletelySeparated').kind).toBe('optimum');
    }
  });

  test.prop([arbitraryDataset(fc.integer({ min: 2, max: 4 })), fc.integer({ min: 0, max: 10 }), fc.constantFrom(0.01, 0.1, 1)], { numRuns: 40 })(
    'no θ has a lower loss than J*, and the full and reference parametrisations share J* (or its absence) without L2',
    (data, seed, l2) => {
      const separation = classifySeparation(data);
      const full = lossTarget(data, FULL, separation);
      const reference = lossTarget(data, { ...FULL, parametrization: { kind: 'reference', referenceClass: data.classes - 1 } }, separation);
      const regularised = { ...FULL, l2, penalizeBias: true };
      const penalised = lossTarget(data, regularised, separation);
      expect(penalised.kind).toBe('optimum');
      const theta = fc.sample(arbitraryVector(3 * data.classes), { seed, numRuns: 1 })[0];
      if (penalised.kind === 'optimum') expect(createObjective(data, regularised).evaluate(theta)).toBeGreaterThanOrEqual(penalised.loss - 1e-12);
      // Where J has a minimiser Newton finds J*; under complete or quasi-complete separation there is none to find.
      expect(full.kind).toBe(hasMinimiser(minimiserExistence(data, separation, FULL)) ? 'optimum' : 'no-minimum');
      expect(reference.kind).toBe(full.kind);
      if (full.kind === 'optimum' && reference.kind === 'optimum') {
        expect(close(full.loss, reference.loss, 1e-12)).toBe(true);
        expect(createObjective(data, FULL).evaluate(theta)).toBeGreaterThanOrEqual(full.loss - 1e-12);
      }
    },
  );
});
