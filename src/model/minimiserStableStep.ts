import type { Dataset } from './dataset';
import { minimiserExistence, type NoMinimiserReason } from './minimiserExistence';
import { createObjective, type Objective, type ObjectiveSpec } from './objective';
import { createOptimizer, DEFAULT_OPTIMIZER_SETTINGS } from './optimizers';
import { createSplitPoint, splitInto } from './splitPoint';
import type { Separation } from './separability';
import { stableLearningRateAt } from './stableStep';

/**
 * The step limit that decides whether gradient descent converges (teaching-math §8): 2/hₘₐₓ(H(θ*)) at the
 * minimiser θ*. Below it θ* attracts GD from close enough; above it θ* repels along its top eigenvector, and the
 * iterates typically settle into a bounded oscillation (a 2-cycle). Where J has no minimiser no limit decides it.
 */
export type MinimiserStableStep =
  | { readonly kind: 'found'; readonly rate: number; readonly loss: number }
  | { readonly kind: 'none'; readonly reason: NoMinimiserReason; readonly emptyClass: number | null }
  | { readonly kind: 'noPoints' }
  /** λ = 0 and how the points lie is not decided yet: whether there is a minimiser is not known. */
  | { readonly kind: 'unknown' }
  /** Newton's method did not reach the minimiser (or its Hessian has no positive eigenvalue): nothing is claimed. */
  | { readonly kind: 'notFound' };

/** θ* is taken where ‖∇J‖∞ ≤ this: H there agrees with H(θ*) far beyond the digits shown. */
const MINIMISER_GRADIENT = 1e-10;
/** Newton with a line search converges quadratically near θ*; this many steps means it did not. */
const NEWTON_STEP_LIMIT = 100;
/** Newton's steps from the current θ before it starts again from θ = 0. */
const FROM_START_STEPS = 25;

/**
 * Finds θ* by Newton's method (exact Hessian, line search; pseudo-inverse where H is singular) from `start`, the
 * free parameters in the objective's parametrisation (the current θ: close to θ*, usually), and returns
 * 2/hₘₐₓ(H(θ*)). Every minimiser has the same Hessian (they differ along directions that change no probability, so
 * not the data term's Hessian; the penalty's is constant), so the start changes how long it takes, not the answer.
 * Costs a few Hessians.
 * `separation` is classifySeparation's answer for `data` (null while it is being found).
 */
export function minimiserStableStep(
  data: Dataset,
  spec: ObjectiveSpec,
  start: Float64Array | undefined,
  separation: Separation | null,
): MinimiserStableStep {
  const existence = minimiserExistence(data, separation, spec);
  if (existence.kind !== 'exists') return existence;
  const objective = createObjective(data, spec);
  const zeros = new Float64Array(objective.dimension);
  const usable = start !== undefined && start.length === objective.dimension && start.every(Number.isFinite);
  // From the current θ first (near θ* once training has run); from a far, saturated θ Newton can crawl, so after a
  // few steps it starts again from θ = 0, where the Hessian is well conditioned.
  const attempts: Array<[Float64Array, number]> = usable ? [[start, FROM_START_STEPS], [zeros, NEWTON_STEP_LIMIT]] : [[zeros, NEWTON_STEP_LIMIT]];
  for (const [from, limit] of attempts) {
    const answer = newtonFrom(objective, from, limit);
    if (answer !== null) return answer;
  }
  return { kind: 'notFound' };
}

function newtonFrom(objective: Objective, start: Float64Array, limit: number): MinimiserStableStep | null {
  const newton = createOptimizer('newton', objective.dimension, 1);
  const settings = { ...DEFAULT_OPTIMIZER_SETTINGS, kind: 'newton' as const };
  const point = createSplitPoint(objective.dimension);
  splitInto(Float64Array.from(start), objective.spec.parametrization.kind, point);
  for (let i = 0; i <= limit; i++) {
    const step = newton.step(point, objective, settings, MINIMISER_GRADIENT);
    if (!Number.isFinite(step.loss) || !Number.isFinite(step.gradMaxNorm)) return null;
    if (step.converged) {
      const rate = stableLearningRateAt(objective, point.free);
      return rate === null ? { kind: 'notFound' } : { kind: 'found', rate, loss: step.loss };
    }
  }
  return null;
}
