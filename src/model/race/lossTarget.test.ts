import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { toDataset, type Point } from '../dataset';
import { createObjective, type ObjectiveSpec } from '../objective';
import { isLinearlySeparable } from '../separability';
import { arbitraryDataset, arbitraryVector, close } from '../testing/fixtures';
import { lossTarget, noMinimumReason } from './lossTarget';

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
    const two = lossTarget(sameMixEverywhere([0, 0, 0, 1], 2), FULL, false);
    const three = lossTarget(sameMixEverywhere([0, 0, 1, 2], 3), { ...FULL, parametrization: { kind: 'reference', referenceClass: 2 } }, false);
    expect(two.kind === 'optimum' && two.loss).toBeCloseTo(0.5623351446188083, 14);
    expect(three.kind === 'optimum' && three.loss).toBeCloseTo(1.0397207708399179, 14);
  });

  it('says there is no minimum on separable data without L2, and where a class has no points and no bias penalty', () => {
    const separable = toDataset([{ x1: -1, x2: 0, label: 0 }, { x1: 1, x2: 0, label: 1 }, { x1: 0, x2: 1, label: 1 }], 2);
    expect(lossTarget(separable, FULL, true)).toEqual({ kind: 'no-minimum', reason: 'separable' });
    const emptyClass = sameMixEverywhere([0, 0, 1], 3);
    expect(noMinimumReason(emptyClass, FULL, false)).toBe('empty-class');
    expect(noMinimumReason(emptyClass, { ...FULL, l2: 0.1, penalizeBias: false }, false)).toBe('empty-class');
    expect(noMinimumReason(emptyClass, { ...FULL, l2: 0.1, penalizeBias: true }, false)).toBeNull();
    expect(lossTarget(separable, { ...FULL, l2: 0.01, penalizeBias: true }, true).kind).toBe('optimum');
  });

  test.prop([arbitraryDataset(fc.integer({ min: 2, max: 4 })), fc.integer({ min: 0, max: 10 }), fc.constantFrom(0.01, 0.1, 1)], { numRuns: 40 })(
    'no θ has a lower loss than J*, and the full and reference parametrisations share J* (or its absence) without L2',
    (data, seed, l2) => {
      const separable = isLinearlySeparable(data);
      const full = lossTarget(data, FULL, separable);
      const reference = lossTarget(data, { ...FULL, parametrization: { kind: 'reference', referenceClass: data.classes - 1 } }, separable);
      const regularised = { ...FULL, l2, penalizeBias: true };
      const penalised = lossTarget(data, regularised, separable);
      expect(penalised.kind).toBe('optimum');
      const theta = fc.sample(arbitraryVector(3 * data.classes), { seed, numRuns: 1 })[0];
      if (penalised.kind === 'optimum') expect(createObjective(data, regularised).evaluate(theta)).toBeGreaterThanOrEqual(penalised.loss - 1e-12);
      // Without separation Newton finds J*; where the classes only touch (quasi-complete separation) there is none to find.
      expect(full.kind).toBe(separable ? 'no-minimum' : full.kind === 'not-found' ? 'not-found' : 'optimum');
      expect(reference.kind).toBe(full.kind);
      if (full.kind === 'optimum' && reference.kind === 'optimum') {
        expect(close(full.loss, reference.loss, 1e-12)).toBe(true);
        expect(createObjective(data, FULL).evaluate(theta)).toBeGreaterThanOrEqual(full.loss - 1e-12);
      }
    },
  );
});
