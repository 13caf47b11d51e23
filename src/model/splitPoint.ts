import { maxNorm, ROW, type ParametrizationKind } from './parameters';

/**
 * A point of the optimiser's space held in two parts, so that a shift of every class by c, however large, never
 * destroys the digits that the probabilities depend on.
 *
 * The K×3 θ is `free` expanded to K rows, plus `offset` added to every row. Under the full parametrisation
 * `free` is θ − m (each of its three columns sums to zero over the classes) and `offset` is the class-mean m;
 * under a reference class `free` holds the K − 1 free rows and `offset` stays 0 (m is then not a free direction).
 * Because the columns of `free` sum to zero, the two parts are orthogonal: ‖θ‖² = ‖free‖² + K‖offset‖², and an
 * optimiser's raw step Δθ splits the same way, exactly as the L2 term does.
 */
export interface SplitPoint {
  readonly free: Float64Array;
  readonly offset: Float64Array;
}

export function createSplitPoint(dimension: number): SplitPoint {
  return { free: new Float64Array(dimension), offset: new Float64Array(ROW) };
}

export function copySplitPoint(source: SplitPoint): SplitPoint {
  return { free: Float64Array.from(source.free), offset: Float64Array.from(source.offset) };
}

export function copyInto(target: SplitPoint, source: SplitPoint): void {
  target.free.set(source.free);
  target.offset.set(source.offset);
}

/** target = base + t·direction, part by part. */
export function stepInto(target: SplitPoint, base: SplitPoint, t: number, direction: SplitPoint): void {
  for (let j = 0; j < target.free.length; j++) target.free[j] = base.free[j] + t * direction.free[j];
  for (let i = 0; i < ROW; i++) target.offset[i] = base.offset[i] + t * direction.offset[i];
}

/** The dot product of the two K×3 matrices the points stand for: free·free + K·offset·offset (no cross terms). */
export function dotParts(a: SplitPoint, b: SplitPoint, classes: number): number {
  let sum = 0;
  for (let j = 0; j < a.free.length; j++) sum += a.free[j] * b.free[j];
  let offsets = 0;
  for (let i = 0; i < ROW; i++) offsets += a.offset[i] * b.offset[i];
  return sum + classes * offsets;
}

/** ‖·‖₂ of the K×3 matrix the point stands for, without overflow: hypot of the two orthogonal parts. */
export function normParts(point: SplitPoint, classes: number): number {
  const largest = Math.max(maxNorm(point.free), maxNorm(point.offset));
  if (largest === 0 || !Number.isFinite(largest)) return largest;
  let free = 0;
  for (let j = 0; j < point.free.length; j++) free += (point.free[j] / largest) ** 2;
  let offset = 0;
  for (let i = 0; i < ROW; i++) offset += (point.offset[i] / largest) ** 2;
  return largest * Math.sqrt(free + classes * offset);
}

/** The largest |entry| of the K×3 matrix (free row + offset, entry by entry). */
export function maxNormCombined(point: SplitPoint): number {
  let max = 0;
  for (let j = 0; j < point.free.length; j++) {
    const a = Math.abs(point.free[j] + point.offset[j % ROW]);
    if (a > max || Number.isNaN(a)) max = a;
  }
  return max;
}

export function isFiniteSplitPoint(point: SplitPoint): boolean {
  return point.free.every(Number.isFinite) && point.offset.every(Number.isFinite);
}

/** free + offset entry by entry: the point as one vector (rounding may lose free's digits when offset is huge). */
export function combineInto(point: SplitPoint, out: Float64Array): void {
  for (let j = 0; j < out.length; j++) out[j] = point.free[j] + point.offset[j % ROW];
}

/**
 * Writes a plain vector of free coordinates as two parts: under the full parametrisation the column means go
 * to `offset` and the rest to `free`; under a reference class everything is free.
 */
export function splitInto(vector: Float64Array, kind: ParametrizationKind, out: SplitPoint): void {
  out.free.set(vector);
  out.offset.fill(0);
  if (kind === 'full') moveMeanToOffset(out);
}

/**
 * Moves the column means of `free` into `offset` (full parametrisation): after a step whose rows did not sum to
 * zero (Adam's), or rounding drift, `free` is θ − m again. Changes no probability.
 */
export function moveMeanToOffset(point: SplitPoint): void {
  const classes = point.free.length / ROW;
  for (let i = 0; i < ROW; i++) {
    let mean = 0;
    for (let k = 0; k < classes; k++) mean += point.free[ROW * k + i];
    mean /= classes;
    if (mean === 0) continue;
    for (let k = 0; k < classes; k++) point.free[ROW * k + i] -= mean;
    point.offset[i] += mean;
  }
}
