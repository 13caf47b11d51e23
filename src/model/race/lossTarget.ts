import { classCounts, type Dataset } from '../dataset';
import { DEFAULT_INIT } from '../initialization';
import { minimiserExistence } from '../minimiserExistence';
import type { ObjectiveSpec } from '../objective';
import { DEFAULT_OPTIMIZER_SETTINGS } from '../optimizers';
import type { Separation } from '../separability';
import { createTrainer } from '../trainer';

/**
 * What "steps to reach the target" measures against: the lowest value J* of a lane's objective, computed once
 * when the race starts, so that a count once shown is final. Where J has no minimum, there is no target.
 */
export type LossTarget =
  | { readonly kind: 'optimum'; readonly loss: number }
  /**
   * No θ attains the infimum (minimiserExistence): without L2, complete or quasi-complete separation; or classes
   * with no points (`emptyClasses`) whose biases no penalty holds.
   */
  | { readonly kind: 'no-minimum'; readonly reason: 'completelySeparable' }
  | { readonly kind: 'no-minimum'; readonly reason: 'quasiCompletelySeparated' }
  | { readonly kind: 'no-minimum'; readonly reason: 'emptyClass'; readonly emptyClasses: readonly number[] }
  /** J has a minimiser, but Newton's method did not get ‖∇J‖∞ down to OPTIMUM_GRADIENT within NEWTON_STEP_LIMIT steps. */
  | { readonly kind: 'not-found' };

/** J* is taken where ‖∇J‖∞ ≤ this: the loss there is within far less than any race tolerance of the minimum. */
export const OPTIMUM_GRADIENT = 1e-10;
/** Newton with a line search converges quadratically near the minimum; this many steps means it did not. */
const NEWTON_STEP_LIMIT = 100;

/**
 * J* by Newton's method (exact Hessian, line search) from θ = 0 to ‖∇J‖∞ ≤ OPTIMUM_GRADIENT. An unregularised
 * objective has the same minimum value in every parametrisation (teaching-math §5), so it is solved in the
 * reference parametrisation, whose Hessian is positive definite; a regularised one as it is.
 */
export function lossTarget(data: Dataset, spec: ObjectiveSpec, separation: Separation): LossTarget {
  // No points: J is the penalty alone (or 0), whose minimum 0 is at θ = 0. Nothing to fit, but a minimum.
  if (data.labels.length === 0) return { kind: 'optimum', loss: 0 };
  const existence = minimiserExistence(data, separation, spec);
  if (existence.kind === 'none') {
    // An empty class, free or the reference class: the race words both alike (the other biases rise relative to it).
    if (existence.reason === 'completelySeparable' || existence.reason === 'quasiCompletelySeparated') return { kind: 'no-minimum', reason: existence.reason };
    const emptyClasses = classCounts(data).flatMap((count, k) => (count === 0 ? [k] : []));
    return { kind: 'no-minimum', reason: 'emptyClass', emptyClasses };
  }
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
