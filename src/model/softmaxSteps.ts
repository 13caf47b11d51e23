import { ROW } from './parameters';
import { naiveSoftmax, softmax } from './softmax';

/** exp overflows to Infinity in float64 for arguments above this (the log of the largest double, ≈ 709.78). */
export const EXP_OVERFLOW = Math.log(Number.MAX_VALUE);

/**
 * The logits z_k = θ_k·x̃ of one point, x̃ = (1, x1, x2), each multiplied by `scale`. Pass θ − m (the store's
 * `identifiable`): every z_k then differs from θ_k·x̃ by the same m·x̃, which changes no probability.
 */
export function logitsAt(theta: ArrayLike<number>, classes: number, x1: number, x2: number, scale = 1): number[] {
  return Array.from({ length: classes }, (_, k) => scale * (theta[ROW * k] + theta[ROW * k + 1] * x1 + theta[ROW * k + 2] * x2));
}

/** Every intermediate value of softmax at one point, computed both ways, for showing the arithmetic. */
export interface SoftmaxSteps {
  readonly logits: readonly number[];
  /** z_k − max_j z_j: at most 0, and exactly 0 for the largest logit. */
  readonly shifted: readonly number[];
  /** exp(z_k − max_j z_j), in (0, 1]: never overflows. */
  readonly shiftedExps: readonly number[];
  /** P(y=k|x) by the max-subtracted formula. */
  readonly stable: readonly number[];
  /** exp(z_k) as the textbook formula takes it: Infinity once z_k > EXP_OVERFLOW. */
  readonly naiveExps: readonly number[];
  /** exp(z_k) / Σ_j exp(z_j): NaN where Infinity / Infinity, 0 where finite / Infinity. */
  readonly naive: readonly number[];
}

/**
 * The softmax of `logits`, step by step, stable and naive.
 * @example softmaxSteps([800, 0]).naive → [NaN, 0]; softmaxSteps([800, 0]).stable → [1, e^−800 ≈ 0]
 */
export function softmaxSteps(logits: readonly number[]): SoftmaxSteps {
  const max = Math.max(...logits);
  const shifted = logits.map((z) => z - max);
  return {
    logits,
    shifted,
    shiftedExps: shifted.map(Math.exp),
    stable: softmax(logits),
    naiveExps: logits.map(Math.exp),
    naive: naiveSoftmax(logits),
  };
}

/**
 * How the naive softmax breaks at these steps, if it does: 'exp' when some exp(z_k) is ∞ (that class gets ∞/∞ = NaN,
 * the others finite/∞ = 0); 'sum' when every exp(z_k) is finite but Σ_j exp(z_j) is ∞, so every class gets
 * finite/∞ = 0 with no ∞ or NaN in sight (logits (709.5, 709.5, 0) give (0, 0, 0)); null when it works.
 */
export function naiveOverflow(steps: SoftmaxSteps): 'exp' | 'sum' | null {
  if (steps.naiveExps.some((value) => value === Infinity)) return 'exp';
  const sum = steps.naiveExps.reduce((total, value) => total + value, 0);
  return sum === Infinity ? 'sum' : null;
}
