import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { classCounts, toDataset } from '../dataset';
import { isLinearlySeparable } from '../separability';
import { gaussianBlobs, overlappingBlobs } from './gaussianBlobs';

const classes = fc.integer({ min: 2, max: 8 });
const count = fc.integer({ min: 0, max: 300 });
const spread = fc.double({ min: 0, max: 2, noNaN: true });
const seed = fc.nat();

describe.each([
  { name: 'gaussianBlobs', generate: gaussianBlobs, radius: 2 },
  { name: 'overlappingBlobs', generate: overlappingBlobs, radius: 0.8 },
])('$name', ({ generate, radius }) => {
  test.prop([classes, count, spread, seed])('labels lie in 0..K-1 and class sizes differ by at most one', (k, n, s, sd) => {
    const points = generate({ classes: k, count: n, spread: s, seed: sd });
    expect(points).toHaveLength(n);
    const counts = classCounts(toDataset(points, k));
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  test.prop([classes, fc.integer({ min: 1, max: 50 }), seed])(
    'at spread 0 every point sits on its class centre, evenly spaced on the circle, class 0 at the top',
    (k, n, sd) => {
      for (const { x1, x2, label } of generate({ classes: k, count: n, spread: 0, seed: sd })) {
        const angle = Math.PI / 2 + (2 * Math.PI * label) / k;
        expect(x1).toBeCloseTo(radius * Math.cos(angle), 12);
        expect(x2).toBeCloseTo(radius * Math.sin(angle), 12);
      }
    },
  );

  test('rejects settings it cannot draw from', () => {
    expect(() => generate({ classes: 1, count: 10, spread: 0.5, seed: 1 })).toThrow(RangeError);
    expect(() => generate({ classes: 9, count: 10, spread: 0.5, seed: 1 })).toThrow(RangeError);
    expect(() => generate({ classes: 3, count: 2.5, spread: 0.5, seed: 1 })).toThrow(RangeError);
    expect(() => generate({ classes: 3, count: 10, spread: -1, seed: 1 })).toThrow(RangeError);
    expect(() => generate({ classes: 3, count: 10, spread: NaN, seed: 1 })).toThrow(RangeError);
  });
});

test.prop([classes, fc.integer({ min: 2, max: 400 }), seed])('tight blobs are linearly separable', (k, n, sd) => {
  expect(isLinearlySeparable(toDataset(gaussianBlobs({ classes: k, count: n, spread: 0.05, seed: sd }), k))).toBe(true);
});

test.prop([classes, seed])('overlapping blobs are not separable at the default 200 points and spread 0.5', (k, sd) => {
  expect(isLinearlySeparable(toDataset(overlappingBlobs({ classes: k, count: 200, spread: 0.5, seed: sd }), k))).toBe(false);
});

test('different seeds give different points', () => {
  expect(gaussianBlobs({ classes: 3, count: 30, spread: 0.5, seed: 1 })).not.toEqual(
    gaussianBlobs({ classes: 3, count: 30, spread: 0.5, seed: 2 }),
  );
});
