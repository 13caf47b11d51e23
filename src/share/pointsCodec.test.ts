import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { generatePreset } from '../model/datasets/presets';
import { decodePoints, encodePoints } from './pointsCodec';

const point = fc.record({
  x1: fc.double({ min: -50, max: 50, noNaN: true }),
  x2: fc.double({ min: -50, max: 50, noNaN: true }),
  label: fc.integer({ min: 0, max: 7 }),
});

describe('points in a link', () => {
  it('500 points take under 8,000 characters (golden: 4,711)', () => {
    const { points } = generatePreset('blobs', { classes: 5, count: 500, noise: 0.8, seed: 3 });
    const text = encodePoints(points);
    expect(text.length).toBe(4711);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  test.prop([fc.array(point, { maxLength: 60 })])(
    'decoding gives the same labels and every coordinate within half a 24-bit step of its range; a second round trip is exact',
    (points) => {
      const decoded = decodePoints(encodePoints(points))!;
      expect(decoded.map((p) => p.label)).toEqual(points.map((p) => p.label));
      const halfStep = (values: number[]) => (Math.max(...values) - Math.min(...values)) / (2 * (2 ** 24 - 1)) + 1e-12;
      const tolerance1 = points.length === 0 ? 0 : halfStep(points.map((p) => p.x1));
      const tolerance2 = points.length === 0 ? 0 : halfStep(points.map((p) => p.x2));
      decoded.forEach((p, i) => {
        expect(Math.abs(p.x1 - points[i].x1)).toBeLessThanOrEqual(tolerance1);
        expect(Math.abs(p.x2 - points[i].x2)).toBeLessThanOrEqual(tolerance2);
      });
      expect(encodePoints(decoded)).toBe(encodePoints(points));
    },
  );

  it.each(['', 'not base64!', 'AQ', 'Ag' + 'A'.repeat(60), encodePoints([{ x1: 1, x2: 2, label: 0 }]).slice(0, -2)])('refuses %j', (text) => {
    expect(decodePoints(text)).toBeNull();
  });
});
