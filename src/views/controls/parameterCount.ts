import type { ModelSettings } from '../../store/settings';

/**
 * How far apart the reference and full models' L2 fits are on an app preset, as a student gets it by choosing
 * Overlapping blobs in the lab (its default draw: 200 points, K = 3, noise 0.8, seed 1), at λ = 0.08 with the bias
 * penalised and reference class 2: the largest difference in a probability (0.147). parameterCount.test.ts
 * recomputes it.
 */
export const REFERENCE_L2_DIFFERENCE = { preset: 'Overlapping blobs', l2: 0.08, referenceClass: 2, largestProbabilityDifference: 0.15 } as const;

export interface ParameterCount {
  /** Free parameters the optimiser moves: 3K, or 3(K−1) with a reference class. */
  readonly free: number;
  /** Directions in which J is exactly flat everywhere (zero eigenvalues of every Hessian). */
  readonly redundant: number;
  /** One or two sentences that say why, for the current settings. */
  readonly explanation: string;
}

/**
 * Counts the parameters and the redundant directions of the objective. Adding one vector c to every row
 * changes no probability, so the full model has 3 flat directions; an L2 penalty curves them all when it
 * covers the bias, and all but the bias one when it does not; a reference class removes them by fixing a row.
 */
export function describeParameterCount(model: ModelSettings, classes: number): ParameterCount {
  if (model.parametrization === 'reference') {
    const free = 3 * (classes - 1);
    const logistic = classes === 2 ? ' With K = 2 this is logistic regression.' : '';
    const { preset, l2, referenceClass, largestProbabilityDifference } = REFERENCE_L2_DIFFERENCE;
    const penalty =
      model.l2 > 0
        ? ` L2 here penalises each row measured from the fixed one (‖θ_k − θ_${model.referenceClass}‖² summed over the other rows${model.penalizeBias ? '' : ', weights only'}), a different function of the classifier from the full model’s Σ_k ‖θ_k‖², so the fit differs from the full model’s, and not always slightly: on ${preset} at λ = ${l2} with reference class ${referenceClass}, a probability differs by up to ${largestProbabilityDifference.toFixed(2)}. Without L2 the two fits give the same probabilities.`
        : '';
    return {
      free,
      redundant: 0,
      explanation: `Reference class ${model.referenceClass}: ${free} parameters, none redundant — row ${model.referenceClass} is fixed at 0 and the others are measured from it.${logistic}${penalty}`,
    };
  }
  const free = 3 * classes;
  if (model.l2 === 0) {
    return {
      free,
      redundant: 3,
      explanation: `Full: ${free} parameters, 3 of them redundant — adding the same vector to every row changes nothing.`,
    };
  }
  if (model.penalizeBias) {
    return {
      free,
      redundant: 0,
      explanation: `Full with L2: ${free} parameters, none redundant — of all rows giving the same probabilities, the penalty prefers those whose mean is 0.`,
    };
  }
  return {
    free,
    redundant: 1,
    explanation: `Full with L2 on the weights only: ${free} parameters, 1 redundant — adding the same number to every bias changes nothing, and the penalty ignores biases.`,
  };
}
