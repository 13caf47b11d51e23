import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { expand, restrict, ROW, shiftAllClasses } from '../parameters';
import { createRng } from '../rng';
import { arbitraryDataset, arbitraryShift } from '../testing/fixtures';
import { predictedClass } from '../metrics';
import { pointAgreement, regionAgreement } from './regionAgreement';

const domain = { x1: [-4, 4], x2: [-4, 4] } as const;
/** Generic θ from a seed: arbitrary doubles shrink to tied rows, whose argmax round-off decides pixel by pixel. */
const withTheta = fc.tuple(arbitraryDataset(), fc.integer()).map(([data, seed]) => {
  const rng = createRng(seed);
  return [data, Float64Array.from({ length: ROW * data.classes }, () => rng.normal())] as const;
});

describe('region agreement', () => {
  test.prop([withTheta, arbitraryShift()])('shifting every class changes no predicted pixel or point', ([data, theta], shift) => {
    const shifted = shiftAllClasses(theta, shift);
    expect(regionAgreement(theta, shifted, data.classes, domain, 40)).toBe(1);
    expect(pointAgreement(theta, shifted, data)).toBe(data.labels.length);
  });

  test.prop([withTheta])('the reference parametrisation of a θ draws the same regions', ([data, theta]) => {
    const parametrization = { kind: 'reference' as const, referenceClass: data.classes - 1 };
    const sameClassifier = expand(restrict(theta, data.classes, parametrization), data.classes, parametrization);
    expect(regionAgreement(theta, sameClassifier, data.classes, domain, 40)).toBe(1);
  });

  it('a boundary moved to the middle of the domain agrees on half of the pixels', () => {
    // Class 1 wins where x1 > 0 in `a`, everywhere in `b`.
    const a = Float64Array.from([0, 0, 0, 0, 1, 0]);
    const b = Float64Array.from([0, 0, 0, 1, 0, 0]);
    expect(predictedClass(a, 2, 1, 0)).toBe(1);
    expect(predictedClass(a, 2, -1, 0)).toBe(0);
    expect(regionAgreement(a, b, 2, domain, 50)).toBe(0.5);
  });

  it('rejects a resolution that is not a positive integer', () => {
    const theta = new Float64Array(6);
    expect(() => regionAgreement(theta, theta, 2, domain, 0)).toThrow(RangeError);
  });
});
