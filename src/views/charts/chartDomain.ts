import { bisector } from 'd3';

export type ValueScaleKind = 'linear' | 'log';

/** Whether a value can be drawn on the scale: a log axis has no place for 0, negatives, NaN or ±∞. */
export function isPlottable(value: number, kind: ValueScaleKind): boolean {
  return Number.isFinite(value) && (kind === 'linear' || value > 0);
}

/**
 * The value range to draw, before d3's nice(). A linear range always includes 0 (every series here is a norm,
 * a loss or a fraction, so 0 is their natural floor) and reaches at least `minimumTop`, so that a series
 * stuck at 0 lies flat on the axis instead of being blown up to fill the chart. A log range spans the
 * plottable values, and a decade either side of a single value.
 */
export function valueDomain(values: Iterable<number>, kind: ValueScaleKind, minimumTop = 1): [number, number] {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (!isPlottable(value, kind)) continue;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (kind === 'linear') {
    if (low > high) return [0, minimumTop];
    return [Math.min(0, low), Math.max(high, minimumTop)];
  }
  if (low > high) return [0.1, 1];
  if (low < high) return [low, high];
  // A decade either side, or one side only at the ends of the floating-point range.
  if (!Number.isFinite(high * 10)) return [low / 10, high];
  if (low / 10 === 0) return [low, high * 10];
  return [low / 10, high * 10];
}

const byStep = bisector((sample: { readonly step: number }) => sample.step);

/** The index of the sample whose step is nearest `step`; -1 when there are none. */
export function nearestSampleIndex(samples: readonly { readonly step: number }[], step: number): number {
  if (samples.length === 0) return -1;
  return byStep.center(samples, step);
}

/**
 * Tick values for a log axis over [low, high]: 1, 2 and 5 in every decade when the range spans at most two
 * decades, otherwise powers of ten only (every other one, or sparser, when there are many), so the labels
 * never crowd the few pixels a small chart has. Expects a finite range with 0 < low < high.
 */
export function logTickValues([low, high]: readonly [number, number]): number[] {
  const first = Math.floor(Math.log10(low));
  const last = Math.ceil(Math.log10(high));
  if (!Number.isFinite(first) || !Number.isFinite(last)) return [];
  const decades = last - first;
  const mantissas = decades <= 2 ? [1, 2, 5] : [1];
  const every = Math.max(1, Math.ceil(decades / 5));
  const values: number[] = [];
  for (let exponent = first; exponent <= last; exponent += every) {
    for (const mantissa of mantissas) {
      const value = Number((mantissa * 10 ** exponent).toPrecision(12));
      if (value >= low * (1 - 1e-9) && value <= high * (1 + 1e-9)) values.push(value);
    }
  }
  // A range narrower than the gap between 1, 2 and 5 (d3's nice() makes that rare): label its ends.
  return values.length > 0 ? values : [low, high];
}
