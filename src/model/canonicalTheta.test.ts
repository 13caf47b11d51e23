import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { canonicalTheta } from './canonicalTheta';
import { identifiablePart, shiftAllClasses } from './parameters';

const thetaArbitrary = fc.integer({ min: 2, max: 8 }).chain((classes) =>
  fc
    .array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 3 * classes, maxLength: 3 * classes })
    .map((values) => ({ classes, theta: Float64Array.from(values) })),
);
const shiftArbitrary = fc.tuple(
  fc.double({ min: -100, max: 100, noNaN: true }),
  fc.double({ min: -100, max: 100, noNaN: true }),
  fc.double({ min: -100, max: 100, noNaN: true }),
);

describe('canonicalTheta', () => {
  test.prop([thetaArbitrary, shiftArbitrary])('θ and θ + c have the same canonical θ, bit for bit', ({ classes, theta }, shift) => {
    expect(Array.from(canonicalTheta(shiftAllClasses(theta, shift), classes))).toEqual(Array.from(canonicalTheta(theta, classes)));
  });

  test.prop([thetaArbitrary])('is θ − m to within a millionth of its largest entry', ({ classes, theta }) => {
    const centred = identifiablePart(theta, classes);
    const largest = Math.max(...Array.from(centred, Math.abs));
    const canonical = canonicalTheta(theta, classes);
    centred.forEach((value, j) => expect(Math.abs(canonical[j] - value)).toBeLessThanOrEqual(largest * 2 ** -20 + 2 ** -40));
  });

  test('the shift (1.7, −0.3, 2.2) from the lab gives the same canonical θ', () => {
    const theta = Float64Array.from([0.013, -0.021, 0.004, -0.007, 0.019, -0.011, 0.002, 0.001, 0.008]);
    expect(Array.from(canonicalTheta(shiftAllClasses(theta, [1.7, -0.3, 2.2]), 3))).toEqual(Array.from(canonicalTheta(theta, 3)));
  });
});
