import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { MARKER_RADIUS, markerSize, SMALLEST_MARKER_RADIUS } from './markerSize';

describe('marker size', () => {
  it('is full size for the default 200 points and shrinks for thousands (golden values on a 540 px plot)', () => {
    expect(markerSize(200, 540)).toEqual({ radius: 4.5, outline: 1, outlineOpacity: 1 });
    expect(markerSize(2000, 540).radius).toBeCloseTo(2.2594, 4);
    expect(markerSize(10_000, 540)).toEqual({ radius: 1.5, outline: 1 / 3, outlineOpacity: 1 / 3 });
    // A narrow phone plot shrinks sooner.
    expect(markerSize(500, 330).radius).toBeCloseTo(2.7615, 4);
  });

  it('no points or no plot yet: full size', () => {
    expect(markerSize(0, 540).radius).toBe(MARKER_RADIUS);
    expect(markerSize(200, 0).radius).toBe(MARKER_RADIUS);
  });

  test.prop([fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 1, max: 20_000 }), fc.double({ min: 0, max: 2000, noNaN: true })])(
    'more points never make a marker larger, and it stays between the smallest and the full radius',
    (count, more, side) => {
      const few = markerSize(count, side);
      const many = markerSize(count + more, side);
      expect(many.radius).toBeLessThanOrEqual(few.radius);
      for (const { radius, outline, outlineOpacity } of [few, many]) {
        expect(radius).toBeGreaterThanOrEqual(SMALLEST_MARKER_RADIUS);
        expect(radius).toBeLessThanOrEqual(MARKER_RADIUS);
        expect(outline).toBeCloseTo(radius / MARKER_RADIUS, 12);
        expect(outlineOpacity).toBe(outline);
      }
    },
  );
});
