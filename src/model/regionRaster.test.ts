import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { allClassesTied, packRgb, probabilitiesAt, rasterizeRegions, TIE_COLOR, UNDRAWABLE_COLOR, type RegionMode, type Rgb } from './regionRaster';
import { shiftAllClasses } from './parameters';
import { softmax } from './softmax';
import type { PlotDomain } from './plotDomain';

const COLORS: Rgb[] = [
  [0, 114, 178],
  [230, 159, 0],
  [0, 158, 115],
  [204, 121, 167],
  [213, 94, 0],
  [86, 180, 233],
  [184, 160, 0],
  [85, 85, 85],
];
const DOMAIN: PlotDomain = { x1: [-4, 4], x2: [-3, 5] };

function render(theta: Float64Array, classes: number, mode: RegionMode, width = 40, height = 30, domain = DOMAIN): Uint32Array {
  const pixels = new Uint32Array(width * height);
  rasterizeRegions({ theta, classes, domain, width, height, mode, colors: COLORS }, pixels);
  return pixels;
}

/** The textbook computation for one pixel: logits at its centre, softmax, mix the colours (a full tie is grey). */
function referencePixel(theta: Float64Array, classes: number, column: number, row: number, width: number, height: number, domain = DOMAIN) {
  if (allClassesTied(theta, classes)) return [...TIE_COLOR];
  const x1 = domain.x1[0] + ((column + 0.5) * (domain.x1[1] - domain.x1[0])) / width;
  const x2 = domain.x2[1] - ((row + 0.5) * (domain.x2[1] - domain.x2[0])) / height;
  const p = softmax(Array.from({ length: classes }, (_, k) => theta[3 * k] + theta[3 * k + 1] * x1 + theta[3 * k + 2] * x2));
  return [0, 1, 2].map((channel) => p.reduce((sum, pk, k) => sum + pk * COLORS[k][channel], 0));
}

/** The largest difference, in colour levels, between a blended picture and referencePixel (alpha must be 255). */
function largestError(theta: Float64Array, classes: number, width: number, height: number): number {
  const pixels = render(theta, classes, 'blend', width, height);
  let largest = 0;
  for (let row = 0; row < height; row++) {
    for (let column = 0; column < width; column++) {
      const actual = channels(pixels[row * width + column]);
      if (actual[3] !== 255) return Infinity;
      referencePixel(theta, classes, column, row, width, height).forEach((value, c) => (largest = Math.max(largest, Math.abs(actual[c] - value))));
    }
  }
  return largest;
}

const channels = (word: number) => {
  const bytes = new Uint8Array(new Uint32Array([word]).buffer);
  return [bytes[0], bytes[1], bytes[2], bytes[3]];
};

/** The index of the first pixel that differs, or -1 (toEqual on long typed arrays is slow). */
function firstDifference(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) return 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

const thetaArbitrary = (scale: number) =>
  fc.integer({ min: 2, max: 8 }).chain((classes) =>
    fc
      .array(fc.double({ min: -scale, max: scale, noNaN: true }), { minLength: 3 * classes, maxLength: 3 * classes })
      .map((values) => ({ classes, theta: Float64Array.from(values) })),
  );

describe('rasterizeRegions', () => {
  test('packs opaque pixels in ImageData byte order (R, G, B, A)', () => {
    expect(channels(packRgb(1, 2, 3))).toEqual([1, 2, 3, 255]);
  });

  test.prop([thetaArbitrary(3)])('the fast row method matches the per-pixel softmax to within one colour level', ({ classes, theta }) => {
    const width = 40;
    const height = 30;
    expect(largestError(theta, classes, width, height)).toBeLessThanOrEqual(1);
  });

  test.prop([thetaArbitrary(400)])('steep θ, where rows span thousands of logits, still matches the per-pixel softmax', ({ classes, theta }) => {
    const width = 64;
    const height = 8;
    expect(largestError(theta, classes, width, height)).toBeLessThanOrEqual(1);
  });

  test.prop([thetaArbitrary(5)])('argmax mode paints each pixel the colour of its largest logit', ({ classes, theta }) => {
    const width = 24;
    const height = 24;
    const pixels = render(theta, classes, 'argmax', width, height);
    let wrong = 0;
    for (let row = 0; row < height; row++) {
      for (let column = 0; column < width; column++) {
        const x1 = DOMAIN.x1[0] + ((column + 0.5) * 8) / width;
        const x2 = DOMAIN.x2[1] - ((row + 0.5) * 8) / height;
        const logits = Array.from({ length: classes }, (_, k) => theta[3 * k] + theta[3 * k + 1] * x1 + theta[3 * k + 2] * x2);
        const sorted = [...logits].sort((a, b) => b - a);
        // Where the top two nearly tie, the canonical θ may decide either way; elsewhere the winner is clear.
        if (sorted[0] - sorted[1] < 1e-4) continue;
        const best = logits.indexOf(sorted[0]);
        if (pixels[row * width + column] !== packRgb(...COLORS[best])) wrong += 1;
      }
    }
    expect(wrong).toBe(0);
  });

  test.prop([
    thetaArbitrary(8),
    fc.tuple(fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: -20, max: 20, noNaN: true })),
    fc.constantFrom<RegionMode>('blend', 'argmax'),
  ])('shifting every class by the same c gives identical pixels, bit for bit', ({ classes, theta }, shift, mode) => {
    const before = render(theta, classes, mode, 50, 50);
    const after = render(shiftAllClasses(theta, shift), classes, mode, 50, 50);
    expect(firstDifference(after, before)).toBe(-1);
  });

  test('the shift (1.7, −0.3, 2.2) on a trained-looking θ leaves every byte of a full-size picture unchanged', () => {
    const theta = Float64Array.from([1.31, -2.07, 0.44, -0.52, 1.93, -1.18, -0.79, 0.14, 0.74]);
    const domain: PlotDomain = { x1: [-5.2, 5.2], x2: [-5.2, 5.2] };
    const pixels = new Uint32Array(600 * 600);
    const shifted = new Uint32Array(600 * 600);
    rasterizeRegions({ theta, classes: 3, domain, width: 600, height: 600, mode: 'blend', colors: COLORS }, pixels);
    rasterizeRegions({ theta: shiftAllClasses(theta, [1.7, -0.3, 2.2]), classes: 3, domain, width: 600, height: 600, mode: 'blend', colors: COLORS }, shifted);
    expect(firstDifference(shifted, pixels)).toBe(-1);
  });

  test('equal rows mean P = 1/K everywhere: every pixel is the neutral tie grey in both modes, not a blend that reads as a class', () => {
    for (const mode of ['blend', 'argmax'] as const) {
      for (const word of render(new Float64Array(9).fill(0.25), 3, mode)) expect(channels(word)).toEqual([226, 226, 226, 255]);
    }
    expect(allClassesTied(new Float64Array(9).fill(0.25), 3)).toBe(true);
    expect(allClassesTied(Float64Array.from([0, 0, 0, 0, 0, 0, 1e-3, 0, 0]), 3)).toBe(false);
  });

  test('a near tie is still a blend of the class colours, not the tie grey', () => {
    const pixels = render(Float64Array.from([0, 0, 0, 0, 0, 0, 1e-3, 0, 0]), 3, 'blend');
    expect(channels(pixels[0])).not.toEqual([...TIE_COLOR, 255]);
  });

  test('a θ whose logits overflow is painted a flat grey and reported', () => {
    const pixels = new Uint32Array(16);
    const drawn = rasterizeRegions(
      { theta: Float64Array.from([0, 1e308, 0, 0, -1e308, 0]), classes: 2, domain: DOMAIN, width: 4, height: 4, mode: 'blend', colors: COLORS },
      pixels,
    );
    expect(drawn).toBe(false);
    for (const word of pixels) expect(channels(word)).toEqual([...UNDRAWABLE_COLOR, 255]);
  });

  test('rejects an output array smaller than the picture', () => {
    expect(() => rasterizeRegions({ theta: new Float64Array(6), classes: 2, domain: DOMAIN, width: 4, height: 4, mode: 'blend', colors: COLORS }, new Uint32Array(15))).toThrow(RangeError);
  });
});

describe('probabilitiesAt', () => {
  test('is the softmax of the logits at the point', () => {
    const theta = Float64Array.from([0, 1, 0, 0, -1, 0]);
    const [p0, p1] = probabilitiesAt(theta, 2, 1, 7);
    expect(p0).toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
    expect(p1).toBeCloseTo(1 / (1 + Math.exp(2)), 12);
  });
});
