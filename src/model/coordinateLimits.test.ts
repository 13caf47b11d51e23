import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { checkCoordinates, LARGEST_COORDINATE } from './coordinateLimits';
import { CsvError } from './csv';

const withinBound = fc.double({ min: -LARGEST_COORDINATE, max: LARGEST_COORDINATE, noNaN: true });
const beyondBound = fc.oneof(
  fc.double({ min: LARGEST_COORDINATE, max: Number.MAX_VALUE, noNaN: true, minExcluded: true }),
  fc.double({ min: -Number.MAX_VALUE, max: -LARGEST_COORDINATE, noNaN: true, maxExcluded: true }),
);
const point = (coordinate: fc.Arbitrary<number>) => fc.record({ x1: coordinate, x2: coordinate, label: fc.integer({ min: 0, max: 7 }) });

describe('checkCoordinates', () => {
  test.prop([fc.array(point(withinBound), { maxLength: 30 })])('accepts every point within ±1e150, the bound included', (points) => {
    expect(() => checkCoordinates(points, points.map((_, n) => n + 2), 'p.csv')).not.toThrow();
  });

  test.prop([fc.array(point(withinBound), { maxLength: 10 }), beyondBound, fc.boolean()])(
    'names the line and field of a coordinate beyond ±1e150',
    (before, value, inX2) => {
      const points = [...before, { x1: inX2 ? 0 : value, x2: inX2 ? value : 0, label: 1 }];
      const lines = points.map((_, n) => 2 * n + 3);
      let error: unknown = null;
      try {
        checkCoordinates(points, lines, 'p.csv');
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(CsvError);
      expect(error).toMatchObject({ source: 'p.csv', line: lines.at(-1), field: inX2 ? 'x2' : 'x1' });
    },
  );

  test('says why and what to do (golden message)', () => {
    expect(() => checkCoordinates([{ x1: 0, x2: -2e151, label: 0 }], [7], 'p.csv')).toThrow(
      'p.csv:7: field "x2": −2.000e151 is beyond ±1e150: products of coordinates (x̃ x̃ᵀ in the Hessian) would overflow float64; rescale the data (standardise x1 and x2)',
    );
  });
});
