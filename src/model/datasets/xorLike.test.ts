import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { toDataset, type Point } from '../dataset';
import { isLinearlySeparable } from '../separability';
import { xorLike } from './xorLike';

const count = fc.integer({ min: 0, max: 300 });
const noise = fc.double({ min: 0, max: 2, noNaN: true });

test.prop([count, noise, fc.nat()])('labels are 0 and 1, balanced to within one point', (n, s, seed) => {
  const zeros = xorLike({ count: n, noise: s, seed }).filter((p) => p.label === 0).length;
  expect(Math.abs(2 * zeros - n)).toBeLessThanOrEqual(1);
});

test('at noise 0 class 0 sits at (2, 2) and (-2, -2), class 1 at (-2, 2) and (2, -2)', () => {
  const points = xorLike({ count: 4, noise: 0, seed: 5 });
  expect(new Set(points.map((p) => `${p.x1},${p.x2},${p.label}`))).toEqual(new Set(['2,2,0', '-2,-2,0', '-2,2,1', '2,-2,1']));
});

/**
 * One point of the right label within r < 2/√2 of each quadrant centre already rules out separation: the segment
 * joining the two class-0 points and the one joining the two class-1 points must then cross near the origin.
 */
function hasAPointNearEachCentre(points: Point[]): boolean {
  const centres = [
    [2, 2, 0],
    [-2, 2, 1],
    [-2, -2, 0],
    [2, -2, 1],
  ];
  return centres.every(([c1, c2, label]) => points.some((p) => p.label === label && Math.hypot(p.x1 - c1, p.x2 - c2) < 1.4));
}

test.prop([fc.integer({ min: 4, max: 300 }), fc.double({ min: 0, max: 0.5, noNaN: true }), fc.nat()])(
  'xor is not linearly separable (whenever each quadrant keeps a point near its centre)',
  (n, s, seed) => {
    const points = xorLike({ count: n, noise: s, seed });
    fc.pre(hasAPointNearEachCentre(points));
    expect(isLinearlySeparable(toDataset(points, 2))).toBe(false);
  },
);
