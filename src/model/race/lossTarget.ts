import { classCounts, type Dataset } from '../dataset';
import { DEFAULT_INIT } from '../initialization';
import type { ObjectiveSpec } from '../objective';
import { DEFAULT_OPTIMIZER_SETTINGS } from '../optimizers';
import { createTrainer } from '../trainer';

/**
 * What "steps to reach the target" measures against: the lowest value J* of a lane's objective, computed once
 * when the race starts, so that a count once shown is final. Where J has no minimum, there is no target.
 */
export type LossTarget =
  | { readonly kind: 'optimum'; readonly loss: number }
  /** No θ attains the infimum: separable data without L2, or a class with no points whose bias is not penalised. */
  | { readonly kind: 'no-minimum'; readonly reason: 'separable' | 'empty-class' }
  /**
   * Newton's method did not get ‖∇J‖∞ down to OPTIMUM_GRADIENT: typically classes that only touch (quasi-complete
   * separation, where J has no minimum either and ‖θ‖ grows while ‖∇J‖ stalls at rounding level).
   */
  | { readonly kind: 'not-found' };

/** J* is taken where ‖∇J‖∞ ≤ this: the loss there is within far less than any race tolerance of the minimum. */
export const OPTIMUM_GRADIENT = 1e-10;
/** Newton with a line search converges quadratically near the minimum; this many steps means it did not. */
const NEWTON_STEP_LIMIT = 100;

/**
 * Whether J (the objective `spec` on `data`) has a minimiser: not on separable data without L2 (teaching-math §6),
 * and not when a class has no points unless L2 penalises its bias (the bias of a class nobody belongs to can
 * always fall further, raising every other class's probability).
 */
export function noMinimumReason(data: Dataset, spec: ObjectiveSpec, separable: boolean): 'separable' | 'empty-class' | null {
  if (spec.l2 === 0 && separable) return 'separable';
  const biasPenalised = spec.l2 > 0 && spec.penalizeBias;
  if (!biasPenalised && classCounts(data).some((count) => count === 0)) return 'empty-class';
  return null;
}

/**
 * J* by Newton's method (exact Hessian, line search) from θ = 0 to ‖∇J‖∞ ≤ OPTIMUM_GRADIENT. An unregularised
 * objective has the same minimum value in every parametrisation (teaching-math §5), so it is solved in the
 * reference parametrisation, whose Hessian is positive definite; a regularised one as it is.
 */
export function lossTarget(data: Dataset, spec: ObjectiveSpec, separable: boolean): LossTarget {
  // No points: J is the penalty alone (or 0), whose minimum 0 is at θ = 0. Nothing to fit, but a minimum.
  if (data.labels.length === 0) return { kind: 'optimum', loss: 0 };
  const reason = noMinimumReason(data, spec, separable);
  if (reason !== null) return { kind: 'no-minimum', reason };
  const objective: ObjectiveSpec = spec.l2 === 0 ? { ...spec, parametrization: { kind: 'reference', referenceClass: 0 } } : spec;
  const trainer = createTrainer(data, {
    objective,
    optimizer: { ...DEFAULT_OPTIMIZER_SETTINGS, kind: 'newton' },
    init: DEFAULT_INIT,
    tolerance: OPTIMUM_GRADIENT,
  });
  for (let i = 0; i <= NEWTON_STEP_LIMIT; i++) {
    const step = trainer.advance();
    if (step.diverged) return { kind: 'not-found' };
    if (step.converged) return { kind: 'optimum', loss: step.loss };
  }
  return { kind: 'not-found' };
}
