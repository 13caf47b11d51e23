import { canonicalTheta } from './canonicalTheta';
import { ROW } from './parameters';
import type { PlotDomain } from './plotDomain';
import { softmax } from './softmax';

export type Rgb = readonly [number, number, number];

/** 'blend': each pixel mixes the class colours weighted by P(y=k|x); 'argmax': the most probable class's colour. */
export type RegionMode = 'blend' | 'argmax';

export interface RegionRasterRequest {
  /** K×3, row-major; only differences between rows matter (see canonicalTheta). */
  readonly theta: Float64Array;
  readonly classes: number;
  readonly domain: PlotDomain;
  /** Pixels across (x1 grows to the right) and down (x2 grows upwards). */
  readonly width: number;
  readonly height: number;
  readonly mode: RegionMode;
  /** One colour per class, bytes 0..255. */
  readonly colors: readonly Rgb[];
}

/**
 * The most any logit may move along one run of pixels (see rasterizeRegions): the winning class's exponential,
 * relative to the run's largest logit, then stays above e^-RUN_LOGIT_SPAN, far from underflow.
 */
const RUN_LOGIT_SPAN = 200;

/** A colour used when θ is too large for its logits to be finite: an honest blank rather than noise. */
export const UNDRAWABLE_COLOR: Rgb = [200, 200, 200];

/**
 * The colour of an exact tie, every P(y=k|x) = 1/K (all rows of θ equal, as at θ = 0): a light neutral grey.
 * The average of the class colours would be a muted hue (sage green for the first three) that reads as a class.
 */
export const TIE_COLOR: Rgb = [226, 226, 226];

/** Whether every row of θ is the same (after canonicalTheta), so that P(y=k|x) = 1/K at every x. */
export function allClassesTied(theta: Float64Array, classes: number): boolean {
  return canonicalTheta(theta, classes).every((value) => value === 0);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Opaque RGB as one 32-bit word in the byte order of ImageData (R, G, B, A in memory). */
export function packRgb(r: number, g: number, b: number): number {
  return LITTLE_ENDIAN ? (0xff000000 | (b << 16) | (g << 8) | r) >>> 0 : ((r << 24) | (g << 16) | (b << 8) | 0xff) >>> 0;
}

/**
 * Fills `pixels` (width × height, row-major from the top-left, ImageData byte order) with P(y|x) at each pixel
 * centre. Returns false, and fills UNDRAWABLE_COLOR, when θ is so large that logits are not finite numbers.
 * When every class ties everywhere (allClassesTied), fills TIE_COLOR in either mode.
 *
 * Pictures depend on θ only through canonicalTheta, so θ and θ + c give identical bytes.
 *
 * Speed: logits are linear in x, so along a row each class's logit grows by a constant s_k per pixel and its
 * exponential is multiplied by the constant exp(s_k): one exp per class per run of pixels instead of per pixel.
 * Each run is normalised by its own largest logit, and runs are short enough (RUN_LOGIT_SPAN) that the winning
 * class's exponential never underflows; a class whose exponential does underflow is at most e^-300 times as
 * likely as the winner there, so dropping it changes no colour. With steep θ, runs shrink to single pixels,
 * which is the plain per-pixel softmax.
 */
export function rasterizeRegions(request: RegionRasterRequest, pixels: Uint32Array): boolean {
  const { classes, domain, width, height, mode, colors } = request;
  if (pixels.length < width * height) throw new RangeError(`pixels holds ${pixels.length} values, fewer than ${width}×${height}`);
  const theta = canonicalTheta(request.theta, classes);
  if (theta.every((value) => value === 0)) {
    pixels.fill(packRgb(...TIE_COLOR), 0, width * height);
    return true;
  }
  const dx = (domain.x1[1] - domain.x1[0]) / width;
  const dy = (domain.x2[1] - domain.x2[0]) / height;
  const firstX1 = domain.x1[0] + dx / 2;

  // Per class: the logit at the left pixel centre of row 0, its step per pixel right and per pixel down.
  const rowStart = new Float64Array(classes);
  const stepRight = new Float64Array(classes);
  const stepDown = new Float64Array(classes);
  for (let k = 0; k < classes; k++) {
    const [b, w1, w2] = theta.subarray(ROW * k, ROW * k + ROW);
    rowStart[k] = b + w1 * firstX1 + w2 * (domain.x2[1] - dy / 2);
    stepRight[k] = w1 * dx;
    stepDown[k] = -w2 * dy;
  }
  if (![...rowStart, ...stepRight, ...stepDown].every(Number.isFinite) || !logitsStayFinite(rowStart, stepRight, stepDown, width, height)) {
    pixels.fill(packRgb(...UNDRAWABLE_COLOR), 0, width * height);
    return false;
  }

  const red = Float64Array.from(colors.slice(0, classes), (c) => c[0]);
  const green = Float64Array.from(colors.slice(0, classes), (c) => c[1]);
  const blue = Float64Array.from(colors.slice(0, classes), (c) => c[2]);
  const packed = Uint32Array.from(colors.slice(0, classes), (c) => packRgb(c[0], c[1], c[2]));
  const growth = stepRight.map(Math.exp);
  const largestStep = stepRight.reduce((max, s) => Math.max(max, Math.abs(s)), 0);
  const runLength = largestStep * width <= RUN_LOGIT_SPAN ? width : Math.max(1, Math.floor(RUN_LOGIT_SPAN / largestStep));
  const logits = new Float64Array(classes);
  const weights = new Float64Array(classes);

  for (let row = 0; row < height; row++) {
    for (let k = 0; k < classes; k++) logits[k] = rowStart[k] + stepDown[k] * row;
    const offset = row * width;
    if (mode === 'argmax') {
      fillWinners(logits, stepRight, packed, width, pixels.subarray(offset, offset + width));
      continue;
    }
    for (let runStart = 0; runStart < width; runStart += runLength) {
      const runEnd = Math.min(runStart + runLength, width) - 1;
      // Logits are linear along the run, so the largest of them over the run is at one of its ends.
      let top = -Infinity;
      for (let k = 0; k < classes; k++) {
        top = Math.max(top, logits[k] + stepRight[k] * runStart, logits[k] + stepRight[k] * runEnd);
      }
      for (let k = 0; k < classes; k++) weights[k] = Math.exp(logits[k] + stepRight[k] * runStart - top);
      for (let column = runStart; column <= runEnd; column++) {
        let total = 0;
        let r = 0;
        let g = 0;
        let b = 0;
        for (let k = 0; k < classes; k++) {
          const e = weights[k];
          total += e;
          r += e * red[k];
          g += e * green[k];
          b += e * blue[k];
          weights[k] = e * growth[k];
        }
        const scale = 1 / total;
        pixels[offset + column] = packRgb((r * scale + 0.5) | 0, (g * scale + 0.5) | 0, (b * scale + 0.5) | 0);
      }
    }
  }
  return true;
}

/**
 * One row in argmax mode. The most probable class changes at most K − 1 times along a row (the largest of K
 * linear functions is convex and piecewise linear), so the row is filled run by run: from the winner at a
 * column, the next change is the first column where a class with a steeper logit overtakes it.
 */
function fillWinners(logits: Float64Array, stepRight: Float64Array, packed: Uint32Array, width: number, row: Uint32Array): void {
  const classes = logits.length;
  let column = 0;
  while (column < width) {
    let best = 0;
    let bestLogit = logits[0] + stepRight[0] * column;
    for (let k = 1; k < classes; k++) {
      const z = logits[k] + stepRight[k] * column;
      if (z > bestLogit) {
        bestLogit = z;
        best = k;
      }
    }
    let next = width;
    for (let k = 0; k < classes; k++) {
      const closing = stepRight[k] - stepRight[best];
      if (closing <= 0) continue;
      // Class k catches up at `column + gap` and is ahead from the next whole column on.
      const gap = (bestLogit - (logits[k] + stepRight[k] * column)) / closing;
      next = Math.min(next, column + Math.floor(gap) + 1);
    }
    row.fill(packed[best], column, next);
    column = next;
  }
}

/** Whether every logit at the four corners (hence everywhere, being linear) is finite. */
function logitsStayFinite(start: Float64Array, right: Float64Array, down: Float64Array, width: number, height: number): boolean {
  for (let k = 0; k < start.length; k++) {
    for (const corner of [start[k], start[k] + right[k] * width, start[k] + down[k] * height, start[k] + right[k] * width + down[k] * height]) {
      if (!Number.isFinite(corner)) return false;
    }
  }
  return true;
}

/** P(y=k|x) at one point: the read-out under the pointer. */
export function probabilitiesAt(theta: Float64Array, classes: number, x1: number, x2: number): number[] {
  return softmax(Array.from({ length: classes }, (_, k) => theta[ROW * k] + theta[ROW * k + 1] * x1 + theta[ROW * k + 2] * x2));
}
