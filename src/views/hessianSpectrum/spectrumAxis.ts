import { formatShortest } from '../common/format';

/**
 * The powers of ten a double can hold: 10^−323 is the smallest above 0 (a subnormal), 10^308 the largest
 * below ∞. Eigenvalues that underflow (5e−324 after a huge learning rate) must not pull the axis to 10^−324,
 * which is 0 on a log scale.
 */
const SMALLEST_EXPONENT = -323;
const LARGEST_EXPONENT = 308;

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

function powerOfTen(exponent: number): string {
  if (exponent === 0) return '1';
  if (exponent === 1) return '10';
  return `10${String(exponent).replace(/./g, (c) => SUPERSCRIPT[c] ?? c)}`;
}

const clampExponent = (exponent: number) => Math.min(LARGEST_EXPONENT, Math.max(SMALLEST_EXPONENT, exponent));

/**
 * Whole decades spanning the positive eigenvalues, at least one decade tall, with both ends finite and above
 * zero however small or large the eigenvalues are. Values below the low end are drawn at it (see logPosition).
 */
export function logDomain(positives: readonly number[]): [number, number] {
  if (positives.length === 0) return [1e-3, 1];
  let low = clampExponent(Math.floor(Math.log10(Math.min(...positives))));
  let high = clampExponent(Math.ceil(Math.log10(Math.max(...positives))));
  if (high - low < 1) {
    low = clampExponent(low - 1);
    high = clampExponent(high + 1);
    if (high - low < 1) high = low + 1;
  }
  return [10 ** low, 10 ** high];
}

/** A value as drawn on the log axis [low, high]: clamped into it, so no position is NaN or infinite. */
export function logPosition(value: number, [low, high]: readonly [number, number]): number {
  return Math.min(high, Math.max(low, value));
}

/**
 * Gridlines: at 1, 2 and 5 per decade when the range is short, else at powers of ten (at most about six).
 */
export function logTicks(low: number, high: number): { value: number; label: string }[] {
  const first = Math.round(Math.log10(low));
  const decades = Math.round(Math.log10(high)) - first;
  if (decades <= 2) {
    return Array.from({ length: decades + 1 }, (_, i) => [1, 2, 5].map((m) => m * 10 ** (first + i)))
      .flat()
      .filter((value) => value > 0 && value <= high * (1 + 1e-9))
      .map((value) => ({ value, label: formatShortest(value, 6) }));
  }
  const step = Math.ceil(decades / 6);
  return Array.from({ length: Math.floor(decades / step) + 1 }, (_, i) => {
    const exponent = first + i * step;
    return { value: 10 ** exponent, label: powerOfTen(exponent) };
  });
}
