/**
 * Parameter layout. θ is K rows (b_k, w_k1, w_k2) stored row-major in one Float64Array of length 3K.
 * Optimisers see only the free parameters: all 3K under the `full` parametrisation, or the 3(K−1) entries of
 * the rows other than the reference class, whose row is pinned at zero.
 */
export const ROW = 3;

/**
 * The largest |m_i| (class-mean entry) the app lets a shift or an initial offset reach. θ is held as m and θ − m,
 * so no probability loses digits at any size of m; the bound only keeps ‖θ‖ and the L2 term finite in float64
 * (‖θ‖² = K‖m‖² + ‖θ − m‖² must stay below about 1.8e308 after the square root).
 */
export const LARGEST_CLASS_MEAN = 1e300;

export type ParametrizationKind = 'full' | 'reference';

export interface Parametrization {
  readonly kind: ParametrizationKind;
  /** Used only when kind is 'reference': the class whose row is fixed at 0. */
  readonly referenceClass: number;
}

export function freeDimension(classes: number, parametrization: Parametrization): number {
  return parametrization.kind === 'full' ? ROW * classes : ROW * (classes - 1);
}

/** Rows that the optimiser may move, in order. */
export function freeRows(classes: number, parametrization: Parametrization): number[] {
  const rows = Array.from({ length: classes }, (_, k) => k);
  return parametrization.kind === 'full' ? rows : rows.filter((k) => k !== parametrization.referenceClass);
}

/** Writes the K×3 θ described by the free vector (the reference row as zeros). */
export function expandInto(free: Float64Array, parametrization: Parametrization, theta: Float64Array): void {
  if (parametrization.kind === 'full') {
    theta.set(free);
    return;
  }
  const r = parametrization.referenceClass;
  theta.set(free.subarray(0, ROW * r), 0);
  theta.fill(0, ROW * r, ROW * r + ROW);
  theta.set(free.subarray(ROW * r), ROW * (r + 1));
}

export function expand(free: Float64Array, classes: number, parametrization: Parametrization): Float64Array {
  const theta = new Float64Array(ROW * classes);
  expandInto(free, parametrization, theta);
  return theta;
}

/**
 * The free vector of a K×3 θ. Under a reference class this first subtracts the reference row from every row:
 * that shift changes no probability, so the result describes the very same classifier.
 */
export function restrict(theta: Float64Array, classes: number, parametrization: Parametrization): Float64Array {
  if (parametrization.kind === 'full') return Float64Array.from(theta);
  const r = parametrization.referenceClass;
  const free = new Float64Array(freeDimension(classes, parametrization));
  let j = 0;
  for (let k = 0; k < classes; k++) {
    if (k === r) continue;
    for (let i = 0; i < ROW; i++) free[j++] = theta[ROW * k + i] - theta[ROW * r + i];
  }
  return free;
}

/** Σ_k of K rows (b_k, w_k1, w_k2): the column sums of a K×3 matrix such as θ or a gradient. */
export function classSums(rows: ArrayLike<number>, classes: number): [number, number, number] {
  const sums: [number, number, number] = [0, 0, 0];
  for (let k = 0; k < classes; k++) for (let i = 0; i < ROW; i++) sums[i] += rows[ROW * k + i];
  return sums;
}

/** The class-mean m = (1/K) Σ_k θ_k: the redundant part of θ, along which no probability changes. */
export function redundantComponent(theta: Float64Array, classes: number): [number, number, number] {
  const [b, w1, w2] = classSums(theta, classes);
  return [b / classes, w1 / classes, w2 / classes];
}

/** θ_k − m for every k: the part of θ that the data can identify. Its rows sum to zero. */
export function identifiablePart(theta: Float64Array, classes: number): Float64Array {
  const m = redundantComponent(theta, classes);
  return theta.map((value, index) => value - m[index % ROW]);
}

/** θ_k + c for every k. Every probability, hence the data term of the loss, is unchanged. */
export function shiftAllClasses(theta: Float64Array, shift: readonly [number, number, number]): Float64Array {
  return theta.map((value, index) => value + shift[index % ROW]);
}

/** Rows of θ as plain arrays, for display and JSON. */
export function thetaRows(theta: Float64Array, classes: number): number[][] {
  return Array.from({ length: classes }, (_, k) => Array.from(theta.subarray(ROW * k, ROW * k + ROW)));
}

/** Whether every entry is a finite number (typed arrays and the store's number[] rows alike). */
export function allFinite(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return false;
  return true;
}

/** a · b over their common length. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/**
 * ‖v‖₂, scaled by the largest |entry| first (as hypot does), so it neither overflows for entries above 1e154 nor
 * underflows for entries below 1e-154. NaN when any entry is NaN; Infinity when any entry is infinite.
 */
export function euclideanNorm(values: ArrayLike<number>): number {
  const largest = maxNorm(values);
  if (largest === 0 || !Number.isFinite(largest)) return largest;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const scaled = values[i] / largest;
    sum += scaled * scaled;
  }
  return largest * Math.sqrt(sum);
}

export function maxNorm(values: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]);
    if (a > max || Number.isNaN(a)) max = a;
  }
  return max;
}
