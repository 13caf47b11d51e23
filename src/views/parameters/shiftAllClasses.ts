import { formatShortest } from '../common/format';
import { formatNumber } from '../common/format';

export type Shift = readonly [number, number, number];

/** One arrow press shifts by this much; with Shift held, by the fine amount. */
export const SHIFT_STEP = 0.5;
export const FINE_SHIFT_STEP = 0.1;

/** The shift c = (c_b, c_w1, c_w2) a key asks for on the pad: ←/→ w1, ↑/↓ w2, Page Up/Down b; null for other keys. */
export function shiftForKey(key: string, fine: boolean): Shift | null {
  const d = fine ? FINE_SHIFT_STEP : SHIFT_STEP;
  switch (key) {
    case 'ArrowRight':
      return [0, d, 0];
    case 'ArrowLeft':
      return [0, -d, 0];
    case 'ArrowUp':
      return [0, 0, d];
    case 'ArrowDown':
      return [0, 0, -d];
    case 'PageUp':
      return [d, 0, 0];
    case 'PageDown':
      return [-d, 0, 0];
    default:
      return null;
  }
}

/** Half the width of the pad in θ units: the smallest of 2, 5, 10, 20, 50, … that leaves room around `extent`. */
export function padRange(extent: number): number {
  const needed = Number.isFinite(extent) ? Math.abs(extent) * 1.2 : 0;
  for (let decade = 1; ; decade *= 10) {
    for (const mantissa of [2, 5, 10]) if (mantissa * decade >= needed) return mantissa * decade;
    if (decade > 1e300) return Number.MAX_VALUE;
  }
}

/** What one drag or key press did: the total shift and how much it moved J (summed over its single shifts). */
export interface ShiftReport {
  readonly shift: Shift;
  readonly lossChange: number;
  readonly lossAfter: number;
}

export function addShifts(a: Shift, b: Shift): Shift {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

export function formatShift(shift: Shift): string {
  return `(${shift.map((v) => formatShortest(v, 3)).join(', ')})`;
}

/**
 * The sentence next to the pad. It reports what the numbers say rather than what theory promises: J is
 * compared before and after, so with L2 on it says that the penalty saw the shift.
 */
export function describeShift({ shift, lossChange, lossAfter }: ShiftReport): string {
  const c = `Shifted every class by c = ${formatShift(shift)}: θ and m changed;`;
  if (Math.abs(lossChange) <= 1e-9 * Math.max(1, Math.abs(lossAfter))) {
    return `${c} every probability, the loss (${formatNumber(lossAfter, 4)}) and the decision regions did not.`;
  }
  const sign = lossChange > 0 ? '+' : '−';
  return (
    `${c} every probability and the decision regions did not, but the L2 penalty did, so the loss changed by ` +
    `${sign}${formatNumber(Math.abs(lossChange), 4)} to ${formatNumber(lossAfter, 4)}. That is how L2 pins m.`
  );
}
