import type { ModelSettings } from '../../store/settings';

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
    const penalty = model.l2 > 0 ? ' L2 here pulls every row towards the fixed one, so the fit differs slightly from the full model’s.' : '';
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
