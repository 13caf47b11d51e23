import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { classCounts, toDataset } from '../dataset';
import { isLinearlySeparable } from '../separability';
import { linearlySeparable } from './linearlySeparable';

const classes = fc.integer({ min: 2, max: 8 });
const count = fc.integer({ min: 0, max: 300 });
const margin = fc.double({ min: 0.001, max: 0.5, noNaN: true });

test.prop([classes, count, fc.nat(), margin])('labels lie in 0..K-1 and class sizes differ by at most one', (k, n, seed, m) => {
  const points = linearlySeparable({ classes: k, count: n, seed, margin: m });
  expect(points).toHaveLength(n);
  const counts = classCounts(toDataset(points, k));
  expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
});

test.prop([classes, count, fc.nat()])('points stay inside the [-3.5, 3.5]² square', (k, n, seed) => {
  for (const { x1, x2 } of linearlySeparable({ classes: k, count: n, seed })) {
    expect(Math.max(Math.abs(x1), Math.abs(x2))).toBeLessThanOrEqual(3.5);
  }
});

test.prop([classes, count, fc.nat(), margin])('its output is separable by the LP test (an empty set counts as not separable)', (k, n, seed, m) => {
  expect(isLinearlySeparable(toDataset(linearlySeparable({ classes: k, count: n, seed, margin: m }), k))).toBe(n > 0);
});

test('rejects a margin outside (0, 0.5]', () => {
  expect(() => linearlySeparable({ classes: 3, count: 10, seed: 1, margin: 0 })).toThrow(RangeError);
  expect(() => linearlySeparable({ classes: 3, count: 10, seed: 1, margin: 0.6 })).toThrow(RangeError);
  expect(() => linearlySeparable({ classes: 3, count: 10, seed: 1, margin: NaN })).toThrow(RangeError);
});
