import { maxNorm, euclideanNorm } from '../parameters';
import type { Objective } from '../objective';

export interface GradientEvaluation {
  readonly loss: number;
  readonly gradNorm: number;
  readonly gradMaxNorm: number;
  readonly converged: boolean;
}

/** J and ∇J over all points at `free`, written to `gradient`, with the convergence test. */
export function evaluateFull(free: Float64Array, objective: Objective, gradient: Float64Array, tolerance: number): GradientEvaluation {
  const loss = objective.evaluate(free, gradient);
  const gradMaxNorm = maxNorm(gradient);
  return { loss, gradNorm: euclideanNorm(gradient), gradMaxNorm, converged: gradMaxNorm <= tolerance };
}

/** The diagnostics of a step that did not move θ. */
export function stayed(evaluation: GradientEvaluation) {
  return { ...evaluation, stepLength: 0 };
}
