import { euclideanNorm, identifiablePart, redundantComponent, ROW } from './parameters';

/**
 * The angle in radians, in [0, π], between two vectors of the same length; NaN when either is zero or not
 * finite (a zero vector has no direction).
 *
 * Computed as 2·atan2(‖â − b̂‖, ‖â + b̂‖) of the unit vectors, not as acos(â·b̂): acos loses half the digits
 * near 0 (acos(1 − ε) ≈ √(2ε)), and near 0 is where GD's angle to the max-margin direction spends its time.
 * @example angleBetween([1, 0], [0, 2]) // π/2
 */
export function angleBetween(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`the vectors differ in length: ${a.length} and ${b.length}`);
  const lengthA = euclideanNorm(a);
  const lengthB = euclideanNorm(b);
  if (!(lengthA > 0 && lengthB > 0 && Number.isFinite(lengthA) && Number.isFinite(lengthB))) return Number.NaN;
  const difference = new Float64Array(a.length);
  const sum = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) {
    difference[i] = a[i] / lengthA - b[i] / lengthB;
    sum[i] = a[i] / lengthA + b[i] / lengthB;
  }
  return 2 * Math.atan2(euclideanNorm(difference), euclideanNorm(sum));
}

/**
 * The angle between θ's identifiable part θ − m and a direction (the max-margin SVM's θ − m), for a K×3 θ.
 * m cancels in θ − m, but not its rounding: at a class-mean far larger than θ − m the rows of θ have lost the
 * digits of θ − m, so this returns NaN when ‖m‖ exceeds ‖θ − m‖ by more than MAX_MEAN_RATIO; pass θ − m itself
 * (the store's exact `identifiable`) where there is one.
 */
export function angleToDirection(theta: Float64Array, direction: Float64Array): number {
  const classes = theta.length / ROW;
  const identifiable = identifiablePart(theta, classes);
  if (euclideanNorm(redundantComponent(theta, classes)) > MAX_MEAN_RATIO * euclideanNorm(identifiable)) return Number.NaN;
  return angleBetween(identifiable, direction);
}

/** Beyond this ‖m‖ / ‖θ − m‖, θ − m recovered from θ has lost more than about 1e-10 of its size to rounding. */
export const MAX_MEAN_RATIO = 1e6;
