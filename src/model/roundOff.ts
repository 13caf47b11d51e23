/**
 * Floating-point sums leave crumbs: under plain gradient descent the class-mean m of θ is exactly 0 in exact
 * arithmetic but comes out near 1e-16 × ‖θ‖. Shown raw, those crumbs would suggest m moves when it does not.
 */
export const ROUND_OFF_TOLERANCE = 1e-9;

/** `value`, or 0 when it is smaller than round-off relative to `scale` (the size of the numbers it came from). */
export function withoutRoundOff(value: number, scale: number): number {
  const reference = Number.isFinite(scale) ? Math.max(1, Math.abs(scale)) : 1;
  return Math.abs(value) <= ROUND_OFF_TOLERANCE * reference ? 0 : value;
}
