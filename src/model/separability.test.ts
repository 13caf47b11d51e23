import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { toDataset, type Point } from './dataset';
import { gaussianBlobs } from './datasets/gaussianBlobs';
import { iris } from './datasets/iris';
import { isLinearlySeparable } from './separability';

const separable = (points: Point[], classes = 2): boolean => isLinearlySeparable(toDataset(points, classes));
const p = (x1: number, x2: number, label: number): Point => ({ x1, x2, label });

describe('isLinearlySeparable on known cases', () => {
  test('no points are not called separable: there is nothing to separate, and no loss without a minimum', () => {
    expect(separable([])).toBe(false);
    expect(separable([], 8)).toBe(false);
  });

  test('a single class present is separable: its bias alone classifies every point with a margin', () => {
    expect(separable([p(0, 0, 1), p(1, 1, 1), p(0, 0, 1)], 3)).toBe(true);
    expect(separable([p(2, -3, 0)])).toBe(true);
  });

  test('two points with different labels are separable', () => {
    expect(separable([p(0, 0, 0), p(1e-6, 0, 1)])).toBe(true);
  });

  test('identical points with different labels are not', () => {
    expect(separable([p(0.3, -2, 0), p(0.3, -2, 1)])).toBe(false);
    expect(separable([p(5, 5, 0), p(1, 2, 2), p(1, 2, 1), p(-5, 5, 0)], 3)).toBe(false);
  });

  test('XOR is not separable', () => {
    expect(separable([p(1, 1, 0), p(-1, -1, 0), p(-1, 1, 1), p(1, -1, 1)])).toBe(false);
  });

  test('collinear points: ordered runs of labels are separable, interleaved ones are not', () => {
    const onLine = (labels: number[]): Point[] => labels.map((label, i) => p(i, 2 * i + 1, label));
    expect(separable(onLine([0, 0, 1, 1]))).toBe(true);
    expect(separable(onLine([0, 0, 1, 1, 2, 2]), 3)).toBe(true);
    expect(separable(onLine([0, 1, 0]))).toBe(false);
    expect(separable(onLine([0, 1, 2, 0]), 3)).toBe(false);
  });

  test('a class inside the convex hull of another is not separable, one outside it is', () => {
    const square = [p(0, 0, 0), p(1, 0, 0), p(1, 1, 0), p(0, 1, 0)];
    expect(separable([...square, p(0.5, 0.5, 1)])).toBe(false);
    expect(separable([...square, p(1.01, 0.5, 1)])).toBe(true);
  });

  test('three classes that are pairwise separable need not be separable by one argmax classifier', () => {
    // Three segments in a pinwheel: each pair can be split by a line, but an argmax of three affine scores
    // cuts the plane along three rays from one point (or parallel lines), and none fit between all three.
    // (Checked independently with SciPy's HiGHS.)
    const points = [p(-3, -4, 0), p(2, -1, 0), p(0, 4, 1), p(0, -2, 1), p(1, 1, 2), p(4, -2, 2)];
    expect(separable(points, 3)).toBe(false);
    for (const [a, b] of [[0, 1], [1, 2], [0, 2]]) {
      const pair = points.filter((q) => q.label === a || q.label === b).map((q) => ({ ...q, label: q.label === a ? 0 : 1 }));
      expect(separable(pair)).toBe(true);
    }
  });

  test('iris is not separable (versicolor and virginica overlap), but setosa is separable from the rest', () => {
    const flowers = iris();
    expect(separable(flowers, 3)).toBe(false);
    expect(separable(flowers.map((f) => ({ ...f, label: f.label === 0 ? 0 : 1 })))).toBe(true);
    expect(separable(flowers.filter((f) => f.label !== 2))).toBe(true);
  });

  test('absent classes impose nothing', () => {
    expect(separable([p(0, 0, 1), p(1, 0, 4)], 8)).toBe(true);
  });

  test('the answer survives units far from 1: coordinates near 1e±200, the largest doubles and subnormals', () => {
    // Cross products of raw coordinates overflow near 1e200 and vanish near 1e-200; either way hull corners were
    // lost and these overlapping sets came out "separable".
    const flowers = iris();
    const blobs = gaussianBlobs({ classes: 4, count: 12, spread: 0.6, seed: 200 });
    expect(separable(blobs, 4)).toBe(false);
    for (const scale of [1e200, 1e-200, 1e300, 1e-300]) {
      expect(separable(flowers.map(({ x1, x2, label }) => p(x1 * scale, x2 * scale, label)), 3)).toBe(false);
      expect(separable(blobs.map(({ x1, x2, label }) => p(x1 * scale, x2 * scale, label)), 4)).toBe(false);
    }
    // (max − min)/2 overflowed to Infinity here and squashed every point to 0.
    const big = Number.MAX_VALUE;
    expect(separable([p(-big, -big, 0), p(-big, big, 0), p(big, -big, 1), p(big, big, 1)])).toBe(true);
    expect(separable([p(-big, -big, 0), p(big, big, 0), p(-big, big, 1), p(big, -big, 1)])).toBe(false);
    const tiny = Number.MIN_VALUE;
    expect(separable([p(0, 0, 0), p(tiny, 0, 1)])).toBe(true);
    expect(separable([p(0, 0, 0), p(tiny, 0, 1), p(2 * tiny, 0, 0)])).toBe(false);
  });

  test('thousands of points, every one a corner of its class hull, are still decided', () => {
    const ring = (n: number, shift: number, radius: number, label: number): Point[] =>
      Array.from({ length: n }, (_, i) => p(shift + radius * Math.cos((2 * Math.PI * i) / n), radius * Math.sin((2 * Math.PI * i) / n), label));
    expect(separable([...ring(1500, -2, 1, 0), ...ring(1500, 2, 1, 1)])).toBe(true);
    expect(separable([...ring(1500, 0, 1, 0), ...ring(1500, 0, 2, 1)])).toBe(false);
  });
});

/** K rows of (b, w1, w2), small integers so scores and ties are easy to reason about. */
const classifier = fc.integer({ min: 2, max: 8 }).chain((classes) =>
  fc.array(fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 })), {
    minLength: classes,
    maxLength: classes,
  }),
);
/**
 * Locations on a 1e-6 grid: a floating-point LP cannot tell classes apart whose points differ by less than about
 * 1e-8 of the data's range (unrestricted doubles shrink to subnormal gaps such as 5e-324), so such gaps are
 * outside what the test claims.
 */
const coordinate = fc.integer({ min: -4_000_000, max: 4_000_000 }).map((micro) => micro / 1e6);
const location = fc.tuple(coordinate, coordinate);

/**
 * Exponents at which every grid coordinate times 2^k is still a normal double (|x| ≥ 1e-6 ≈ 2^-20 and
 * ≤ 1004 < 2^10), so the scaling is exact and the scaled set is the same set in other units.
 */
const powerOfTwo = fc.integer({ min: -1000, max: 1000 });
const scaledByPowerOfTwo = (points: Point[], k: number): Point[] =>
  points.map(({ x1, x2, label }) => p(x1 * 2 ** k, x2 * 2 ** k, label));

/** Points labelled by the classifier's argmax, dropping those whose top two scores are within 0.05 of a tie. */
function labelledWithMargin(rows: Array<[number, number, number]>, locations: Array<[number, number]>): Point[] {
  return locations.flatMap(([x1, x2]) => {
    const scores = rows.map(([b, w1, w2]) => b + w1 * x1 + w2 * x2);
    const label = scores.indexOf(Math.max(...scores));
    const runnerUp = Math.max(...scores.filter((_, k) => k !== label));
    return scores[label] - runnerUp >= 0.05 ? [p(x1, x2, label)] : [];
  });
}

describe('isLinearlySeparable laws', () => {
  test.prop([classifier, fc.array(location, { maxLength: 80 })])(
    'points labelled by a linear classifier, away from its ties, are separable (when there are any)',
    (rows, locations) => {
      const points = labelledWithMargin(rows, locations);
      expect(separable(points, rows.length)).toBe(points.length > 0);
    },
  );

  test.prop([classifier, fc.array(location, { minLength: 2, maxLength: 80 }), fc.nat(), fc.nat()])(
    'a copy of one point carrying another point’s different label makes the set inseparable',
    (rows, locations, i, j) => {
      const points = labelledWithMargin(rows, locations);
      const a = points[i % Math.max(points.length, 1)];
      const b = points[j % Math.max(points.length, 1)];
      fc.pre(a !== undefined && b !== undefined && a.label !== b.label);
      expect(separable([...points, { ...a, label: b.label }], rows.length)).toBe(false);
    },
  );

  test.prop([fc.array(fc.tuple(location, fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 12 }), powerOfTwo])(
    'scaling every coordinate by 2^k, for any k from −1000 to 1000, does not change the answer',
    (labelled, k) => {
      const points = labelled.map(([[x1, x2], label]) => p(x1, x2, label));
      expect(separable(scaledByPowerOfTwo(points, k), 3)).toBe(separable(points, 3));
    },
  );

  test.prop([
    classifier,
    fc.array(location, { minLength: 1, maxLength: 40 }),
    fc.option(fc.tuple(fc.nat(), fc.nat())),
    location,
    powerOfTwo,
  ])('translating and then scaling by 2^k keeps separable sets separable and inseparable ones inseparable', (rows, locations, conflict, [t1, t2], k) => {
    const points = labelledWithMargin(rows, locations);
    fc.pre(points.length > 0);
    let expected = true;
    if (conflict !== null) {
      const a = points[conflict[0] % points.length];
      const b = points[conflict[1] % points.length];
      if (a.label !== b.label) {
        points.push({ ...a, label: b.label });
        expected = false;
      }
    }
    const translated = points.map(({ x1, x2, label }) => p(x1 + 250 * t1, x2 + 250 * t2, label));
    expect(separable(scaledByPowerOfTwo(translated, k), rows.length)).toBe(expected);
  });

  test.prop([
    fc.integer({ min: 2, max: 8 }),
    fc.double({ min: 0.05, max: 1, noNaN: true }),
    fc.nat(),
    fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
    fc.double({ min: -1e3, max: 1e3, noNaN: true }),
  ])('a change of units and origin does not change the answer', (classes, spread, seed, scale, shift) => {
    const points = gaussianBlobs({ classes, count: 120, spread, seed });
    const moved = points.map(({ x1, x2, label }) => p(scale * x1 + shift, x2 / scale - shift, label));
    expect(separable(moved, classes)).toBe(separable(points, classes));
  });
});
