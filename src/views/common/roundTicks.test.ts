import { fc, test } from '@fast-check/vitest';
import { ticks } from 'd3';
import { expect, it } from 'vitest';
import { roundTicks } from './roundTicks';

it('gives round values 1, 2 or 5 × 10^k apart, inside the interval', () => {
  expect(roundTicks(-3.2, 3.2, 6)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
  expect(roundTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  expect(roundTicks(0.001, 0.0042, 4)).toEqual([0.001, 0.002, 0.003, 0.004]);
  expect(roundTicks(-1234, 98765, 5)).toEqual([0, 20000, 40000, 60000, 80000]);
  expect(roundTicks(2, 2, 5)).toEqual([2]);
  expect(roundTicks(0, 1, 0)).toEqual([]);
});

// d3-array's own `ticks` is the independent oracle: this file restates it to keep d3-array out of the start bundle.
test.prop([fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 20 })])(
  'agrees with d3’s ticks on any interval and count',
  (start, width, count) => {
    expect(roundTicks(start, start + width, count)).toEqual(ticks(start, start + width, count));
  },
);
