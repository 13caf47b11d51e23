/** How many colour bands the loss-surface contours use. */
export const BAND_COUNT = 10;

export interface ContourLevels {
  /** Lowest and highest finite J on the grid. */
  readonly min: number;
  readonly max: number;
  /** Ascending thresholds between them; empty when J is constant on the slice. */
  readonly thresholds: number[];
}

/**
 * Thresholds at min + (max − min)·(k/B)², k = 1…B−1: around a quadratic bowl that puts the contour lines at
 * equal distances, and it keeps detail near the bottom of the valley, where the current θ usually is.
 */
export function contourLevels(values: Float64Array, bands = BAND_COUNT): ContourLevels {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (min > max) return { min: Number.NaN, max: Number.NaN, thresholds: [] };
  if (max - min <= 1e-12 * Math.max(1, Math.abs(max))) return { min, max, thresholds: [] };
  const thresholds = Array.from({ length: bands - 1 }, (_, i) => min + (max - min) * ((i + 1) / bands) ** 2);
  return { min, max, thresholds };
}

/** The grid with non-finite J (overflow far from θ) replaced by the largest finite value, as d3.contours needs. */
export function finiteValues(values: Float64Array, max: number): Float64Array {
  return values.map((value) => (Number.isFinite(value) ? value : max));
}
