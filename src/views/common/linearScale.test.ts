import { fc, test } from '@fast-check/vitest';
import { expect, it } from 'vitest';
import { linearScale } from './linearScale';

it('maps the domain ends onto the range ends, upside down when the range is', () => {
  const y = linearScale([-2, 6], [400, 0]);
  expect([y(-2), y(6), y(2)]).toEqual([400, 0, 200]);
  expect(y.invert(100)).toBe(4);
});

it('gives d3’s round tick values', () => {
  expect(linearScale([-3.2, 3.2], [0, 540]).ticks(6)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
  expect(linearScale([0, 1], [0, 100]).ticks(5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
});

it('maps a zero-width domain to the middle of the range instead of NaN', () => {
  const x = linearScale([1, 1], [0, 10]);
  expect([x(1), x(5), x.invert(3)]).toEqual([5, 5, 1]);
});

test.prop([fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })])(
  'invert undoes the map',
  (low, width, t) => {
    const scale = linearScale([low, low + width], [0, 540]);
    const value = low + t * width;
    expect(scale.invert(scale(value))).toBeCloseTo(value, Math.max(0, 9 - Math.ceil(Math.log10(Math.abs(low) + width + 1))));
  },
);
