import type { Objective } from '../objective';
import { maxNormCombined, normParts, type SplitPoint } from '../splitPoint';

export interface GradientEvaluation {
  readonly loss: number;
  readonly gradNorm: number;
  readonly gradMaxNorm: number;
  readonly converged: boolean;
}

/** J and ∇J over all points at `point`, written to `gradient`, with the convergence test. */
export function evaluateFull(point: SplitPoint, objective: Objective, gradient: SplitPoint, tolerance: number): GradientEvaluation {
  const loss = objective.evaluateParts(point, gradient);
  const gradMaxNorm = maxNormCombined(gradient);
  return { loss, gradNorm: normParts(gradient, objective.classes), gradMaxNorm, converged: gradMaxNorm <= tolerance };
}

/** Whether a step can be taken from here: not converged, and J and ∇J are finite numbers. */
export function canStep(evaluation: GradientEvaluation): boolean {
  return !evaluation.converged && Number.isFinite(evaluation.loss) && Number.isFinite(evaluation.gradNorm);
}

/** The diagnostics of a step that did not move θ. */
export function stayed(evaluation: GradientEvaluation) {
  return { ...evaluation, stepLength: 0 };
}
