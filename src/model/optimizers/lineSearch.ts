import type { Objective } from '../objective';
import { copyInto, dotParts, stepInto, type SplitPoint } from '../splitPoint';

const ARMIJO_FRACTION = 1e-4;
const MAX_HALVINGS = 60;
/**
 * Near an optimum the predicted decrease (about ‖g‖²/curvature, e.g. 1e-20) is far below the rounding error of
 * J itself (about 1e-16·|J|), so a strict Armijo test would reject every step and stall short of a tight
 * tolerance. Allowing a few ulps of slack lets Newton finish its quadratic convergence.
 */
const ROUNDING_SLACK = 8 * Number.EPSILON;

/**
 * Backtracking (Armijo) line search along `direction` from `free`: halves t from 1 until
 * J(θ + t d) ≤ J(θ) + c·t·∇J·d. Moves `point` to the accepted point and returns t, or 0 (θ unchanged) when
 * d is not a descent direction or no step decreases J, which happens only at rounding level near an optimum.
 */
export function backtrackingLineSearch(
  objective: Objective,
  point: SplitPoint,
  direction: SplitPoint,
  loss: number,
  gradient: SplitPoint,
  trial: SplitPoint,
): number {
  const slope = dotParts(gradient, direction, objective.classes);
  if (!(slope < 0)) return 0;
  let t = 1;
  for (let halving = 0; halving < MAX_HALVINGS; halving++) {
    stepInto(trial, point, t, direction);
    const trialLoss = objective.evaluateParts(trial);
    if (trialLoss <= loss + ARMIJO_FRACTION * t * slope + ROUNDING_SLACK * Math.abs(loss)) {
      copyInto(point, trial);
      return t;
    }
    t *= 0.5;
  }
  return 0;
}
