import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { angleBetween, angleToDirection, MAX_MEAN_RATIO } from './maxMarginAngle';
import { shiftAllClasses } from './parameters';

const entry = fc.double({ min: -100, max: 100, noNaN: true });
const pair = fc.integer({ min: 1, max: 24 }).chain((length) =>
  fc.tuple(fc.array(entry, { minLength: length, maxLength: length }), fc.array(entry, { minLength: length, maxLength: length })),
);
const nonZero = (v: number[]) => v.some((x) => Math.abs(x) > 1e-3);
const scale = fc.double({ min: 1e-6, max: 1e6, noNaN: true });

describe('angleBetween', () => {
  test('golden values: right angle, 45°, opposite, and a tiny angle acos would lose', () => {
    expect(angleBetween([1, 0], [0, 2])).toBeCloseTo(Math.PI / 2, 15);
    expect(angleBetween([1, 0, 0], [3, 3, 0])).toBeCloseTo(Math.PI / 4, 15);
    expect(angleBetween([1, 2], [-2, -4])).toBeCloseTo(Math.PI, 15);
    // acos(cos 1e-9) is 0 in float64 (cos 1e-9 rounds to 1): the half-angle formula keeps it.
    expect(angleBetween([1, 0], [Math.cos(1e-9), Math.sin(1e-9)])).toBeCloseTo(1e-9, 22);
  });

  test('a zero or non-finite vector has no direction: NaN, never a number', () => {
    expect(angleBetween([0, 0], [1, 0])).toBeNaN();
    expect(angleBetween([1, 0], [Infinity, 0])).toBeNaN();
    expect(angleBetween([Number.NaN, 0], [1, 0])).toBeNaN();
    expect(() => angleBetween([1], [1, 0])).toThrow(/differ in length/);
  });

  test.prop([pair])('it is symmetric and lies in [0, π]', ([a, b]) => {
    fc.pre(nonZero(a) && nonZero(b));
    const angle = angleBetween(a, b);
    expect(angle).toBeGreaterThanOrEqual(0);
    expect(angle).toBeLessThanOrEqual(Math.PI);
    expect(angleBetween(b, a)).toBeCloseTo(angle, 12);
  });

  test.prop([pair, scale, scale])('positive scalings change nothing; negating one vector gives π minus the angle', ([a, b], s, t) => {
    fc.pre(nonZero(a) && nonZero(b));
    const angle = angleBetween(a, b);
    expect(angleBetween(a.map((x) => s * x), b.map((x) => t * x))).toBeCloseTo(angle, 9);
    expect(angleBetween(a, b.map((x) => -x))).toBeCloseTo(Math.PI - angle, 9);
  });

  test.prop([pair])('it agrees with acos of the cosine where acos is accurate (away from 0 and π)', ([a, b]) => {
    fc.pre(nonZero(a) && nonZero(b));
    const norm = (v: number[]) => Math.hypot(...v);
    const cosine = a.reduce((sum, x, i) => sum + x * b[i], 0) / (norm(a) * norm(b));
    fc.pre(Math.abs(cosine) < 0.99);
    expect(angleBetween(a, b)).toBeCloseTo(Math.acos(cosine), 9);
  });
});

describe('angleToDirection', () => {
  const theta = Float64Array.from([1, 2, 0, -1, 0, 1, 0, -2, -1]);
  const direction = Float64Array.from([1, 2, 0, -1, 0, 1, 0, -2, -1]);

  test.prop([fc.tuple(entry, entry, entry)])('shifting every class by c leaves the angle unchanged (it reads θ − m)', (c) => {
    const rotated = Float64Array.from([0, 1, 0, 0, 0, 0, 0, -1, 0]);
    const expected = angleToDirection(theta, rotated);
    expect(angleToDirection(shiftAllClasses(theta, c), rotated)).toBeCloseTo(expected, 9);
    expect(angleToDirection(shiftAllClasses(theta, c), direction)).toBeCloseTo(0, 6);
  });

  test('a class-mean too large for θ − m to survive in θ’s digits gives NaN, not a wrong angle', () => {
    expect(angleToDirection(shiftAllClasses(theta, [10 * MAX_MEAN_RATIO, 0, 0]), direction)).toBeNaN();
  });
});
