import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { toDataset, type Dataset, type Point } from './dataset';
import { countZeroEigenvalues, hessianRoundingFloor, symmetricEigen } from './eigen';
import { createObjective, type ObjectiveSpec } from './objective';
import { arbitraryDataset, arbitraryVector } from './testing/fixtures';
import { probabilityFreeDirections } from './probabilityFreeDirections';

const FULL: ObjectiveSpec = { parametrization: { kind: 'full', referenceClass: 0 }, l2: 0, penalizeBias: true };
const REFERENCE: ObjectiveSpec = { ...FULL, parametrization: { kind: 'reference', referenceClass: 1 } };

/** The reviewer's line6: six points on x2 = 1, classes alternating. */
const LINE6 = toDataset([0, 1, 2, 3, 4, 5].map((x1): Point => ({ x1, x2: 1, label: x1 % 2 })), 2);

/** The points of `data` moved onto the line x2 = x1 (exactly: pointSpan decides on the stored doubles), or all onto one place. */
function collapsed(data: Dataset, onto: 'line' | 'place'): Dataset {
  const points = Array.from(data.labels, (label, i): Point => (onto === 'line' ? { x1: data.x1[i], x2: data.x1[i], label } : { x1: 0.5, x2: -2, label }));
  return toDataset(points, data.classes);
}

describe('directions no probability depends on', () => {
  it('are 3 / 0 in general position, 4 / 1 on a line, and what L2 leaves (golden counts)', () => {
    const spread = toDataset([{ x1: 0, x2: 0, label: 0 }, { x1: 1, x2: 0, label: 1 }, { x1: 0, x2: 1, label: 1 }], 2);
    expect(probabilityFreeDirections(spread, FULL)).toBe(3);
    expect(probabilityFreeDirections(spread, REFERENCE)).toBe(0);
    expect(probabilityFreeDirections(LINE6, FULL)).toBe(4);
    expect(probabilityFreeDirections(LINE6, REFERENCE)).toBe(1);
    expect(probabilityFreeDirections(LINE6, { ...FULL, l2: 0.1, penalizeBias: false })).toBe(1);
    expect(probabilityFreeDirections(LINE6, { ...REFERENCE, l2: 0.1, penalizeBias: false })).toBe(0);
    expect(probabilityFreeDirections(LINE6, { ...FULL, l2: 0.1 })).toBe(0);
  });

  test.prop(
    [
      arbitraryDataset(fc.integer({ min: 2, max: 4 })),
      fc.constantFrom<'spread' | 'line' | 'place'>('spread', 'line', 'place'),
      fc.constantFrom<'full' | 'reference'>('full', 'reference'),
      fc.constantFrom(0, 0.1),
      fc.boolean(),
      fc.integer(),
    ],
    { numRuns: 60 },
  )('are exactly the Hessian’s zero eigenvalues at a θ where no probability is pinned near 0 or 1', (generated, layout, kind, l2, penalizeBias, seed) => {
    const data = layout === 'spread' ? generated : collapsed(generated, layout);
    const spec: ObjectiveSpec = { parametrization: { kind, referenceClass: data.classes - 1 }, l2, penalizeBias };
    const objective = createObjective(data, spec);
    const theta = fc.sample(arbitraryVector(objective.dimension, 0.3), { seed, numRuns: 1 })[0];
    const { values } = symmetricEigen(objective.hessian(theta), objective.dimension);
    expect(countZeroEigenvalues(values, hessianRoundingFloor(data, objective.dimension))).toBe(probabilityFreeDirections(data, spec));
  });
});
