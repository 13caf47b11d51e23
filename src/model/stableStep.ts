import { symmetricEigen } from './eigen';
import type { Objective } from './objective';

/**
 * The largest stable gradient-descent step near θ: 2/λmax(H) (teaching-math §8). On the quadratic model of J
 * at θ, one GD step multiplies the error along an eigenvector of eigenvalue λ by 1 − ηλ; it shrinks for every λ
 * exactly when η < 2/λmax. The zero eigenvalues of the over-parameterised Hessian (factor 1) never limit η, so
 * only the largest one matters. Null when H is not finite or has no positive eigenvalue (no limit to state).
 * @example stableLearningRate(Float64Array.of(4, 0, 0, 1), 2) → 0.5
 */
export function stableLearningRate(hessian: Float64Array, dimension: number): number | null {
  if (!hessian.every(Number.isFinite)) return null;
  const { values } = symmetricEigen(hessian, dimension);
  const largest = values[values.length - 1];
  return Number.isFinite(largest) && largest > 0 ? 2 / largest : null;
}

/**
 * 2/λmax of J's Hessian at `free` (the optimiser's free parameters). The data term's Hessian depends only on
 * differences between rows, so θ − m gives it without the digits a huge class-mean would cost.
 */
export function stableLearningRateAt(objective: Objective, free: Float64Array): number | null {
  return stableLearningRate(objective.hessian(free), objective.dimension);
}
