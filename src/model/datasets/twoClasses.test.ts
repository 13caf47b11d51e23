import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { twoClasses } from './twoClasses';

const count = fc.integer({ min: 0, max: 300 });
const spread = fc.double({ min: 0, max: 2, noNaN: true });

test.prop([count, spread, fc.nat()])('labels are 0 and 1, split as evenly as possible', (n, s, seed) => {
  const points = twoClasses({ count: n, spread: s, seed });
  expect(points.filter((p) => p.label === 0)).toHaveLength(Math.ceil(n / 2));
  expect(points.filter((p) => p.label === 1)).toHaveLength(Math.floor(n / 2));
});

test('at spread 0 the classes sit at (-0.6, -0.6) and (0.6, 0.6)', () => {
  expect(twoClasses({ count: 2, spread: 0, seed: 3 })).toEqual([
    { x1: -0.6, x2: -0.6, label: 0 },
    { x1: 0.6, x2: 0.6, label: 1 },
  ]);
});

test('rejects a negative spread', () => {
  expect(() => twoClasses({ count: 10, spread: -0.1, seed: 1 })).toThrow(RangeError);
});
