import { redundantComponent, ROW } from './parameters';

/** Grid step of canonicalTheta, relative to the power of two nearest the largest entry of θ − m. */
const RELATIVE_STEP = 2 ** -20;
/** Entries of θ − m below this are noise for any picture: they snap to 0. */
const SMALLEST_STEP = 2 ** -40;

/**
 * The representative of θ that pictures of P(y|x) are drawn from: θ − m (m the class-mean, which no
 * probability depends on), snapped to a grid fixed by its own scale.
 *
 * Why snap: θ and θ + c give the same probabilities, and the pictures must then be identical bit for bit, but
 * (θ_k + c) − mean(θ + c) equals θ_k − m only up to floating-point rounding. Snapped to a grid of about a
 * millionth of the largest entry, both round to the same numbers unless an entry lies within a rounding error
 * of a grid midpoint (a chance of order 2^-30 per entry), and no picture can show a millionth anyway.
 * The grid is anchored at the nearest power of two (not the next one up), so "round" entries such as 2 or 0.5
 * are far from the points where the grid itself changes.
 */
export function canonicalTheta(theta: Float64Array, classes: number): Float64Array {
  const m = redundantComponent(theta, classes);
  const centred = new Float64Array(ROW * classes);
  let largest = 0;
  for (let j = 0; j < centred.length; j++) {
    centred[j] = theta[j] - m[j % ROW];
    largest = Math.max(largest, Math.abs(centred[j]));
  }
  if (!Number.isFinite(largest)) return centred;
  const step = Math.max(2 ** Math.round(Math.log2(largest || 1)) * RELATIVE_STEP, SMALLEST_STEP);
  for (let j = 0; j < centred.length; j++) {
    // `+ 0` turns a -0 into 0, so a snapped θ never differs only in the sign of a zero.
    centred[j] = Math.round(centred[j] / step) * step + 0;
  }
  return centred;
}
