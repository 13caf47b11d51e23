import { ROW } from './parameters';

/** The logistic function σ(s) = 1 / (1 + e^(−s)). */
export function sigmoid(s: number): number {
  // For very negative s, e^(−s) overflows to Infinity and 1/Infinity = 0, which is σ's float64 value there.
  return 1 / (1 + Math.exp(-s));
}

/**
 * With K = 2, the score s = (θ₁ − θ₀)·x̃ of the point (x1, x2), x̃ = (1, x1, x2). With class 0 as the reference
 * (subtract θ₀ from both rows), P(y=1|x) = σ(s): softmax regression with two classes is logistic regression.
 * Pass θ − m: the difference of two rows is the same for θ and θ − m.
 */
export function twoClassScore(theta: ArrayLike<number>, x1: number, x2: number): number {
  return theta[ROW] - theta[0] + (theta[ROW + 1] - theta[1]) * x1 + (theta[ROW + 2] - theta[2]) * x2;
}
