import { formatNumber } from '../../model/numberFormat';
import { OPTIMIZERS, type OptimizerKind } from '../../model/optimizers';

/** What the Learning rate field needs to say about the stable step 2/λmax(H). */
export interface StableStepFacts {
  readonly optimizer: OptimizerKind;
  readonly learningRate: number;
  /** 2/λmax(H) at θ; null when H is not finite or has no positive eigenvalue. */
  readonly stableRate: number | null;
  /** SGD on fewer points than all: each step follows one mini-batch's gradient. */
  readonly miniBatch: boolean;
}

/**
 * The sentences under the Learning rate field (teaching-math §8: for GD on the quadratic model of J near θ).
 * The mark is a fact about plain GD on all points; for the other optimisers it says so rather than claim a limit.
 */
export function stableStepText({ optimizer, learningRate, stableRate, miniBatch }: StableStepFacts): string {
  if (stableRate === null) return 'No stable step can be computed here: the Hessian at θ is not finite or has no positive eigenvalue.';
  const rate = formatNumber(stableRate, 3);
  const law = `Near θ, gradient descent is stable for η < 2/λmax(H) ≈ ${rate}; above it the iterates oscillate along the top eigenvector of H and grow.`;
  const { plainStep, stableStepNote } = OPTIMIZERS[optimizer];
  if (stableStepNote === null || (plainStep && !miniBatch)) {
    const where = learningRate < stableRate ? `η = ${formatNumber(learningRate, 3)} is below it.` : `η = ${formatNumber(learningRate, 3)} is not below it.`;
    return `${law} ${where}`;
  }
  return `${law} ${stableStepNote}`;
}
