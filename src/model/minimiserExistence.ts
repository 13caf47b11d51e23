import { classCounts, type Dataset } from './dataset';
import type { ObjectiveSpec } from './objective';
import type { Separation } from './separability';

/** Why J has no minimiser (teaching-math §2, §6). */
export type NoMinimiserReason = 'completelySeparable' | 'quasiCompletelySeparated' | 'emptyClass';

/**
 * Whether J (data and objective together) has a minimiser, and how many:
 * - `unique`: one θ (L2 on every entry; or the reference parametrisation, whose free rows carry no shift).
 * - `biasShift`: a line, θ* plus the same shift of every bias (full model, L2 without the bias).
 * - `rowShift`: θ* plus the same c ∈ R³ added to every row (full model, λ = 0).
 */
export type MinimiserExistence =
  | { readonly kind: 'noPoints' }
  | { readonly kind: 'none'; readonly reason: NoMinimiserReason; readonly emptyClass: number | null }
  | { readonly kind: 'exists'; readonly minimisers: 'unique' | 'biasShift' | 'rowShift' }
  /** λ = 0 and how the points lie is not decided yet (the caller is still finding it): nothing is claimed. */
  | { readonly kind: 'unknown' };

/**
 * Decides it from the points' separation (classifySeparation; null while the caller has not decided it) and the
 * objective:
 * - λ > 0, bias penalised: J is strictly convex and grows without bound in every direction, so one minimiser.
 * - λ > 0, bias not penalised: the weights are held, and every class with points stops its bias falling
 *   relative to the others; a class with none can lower its bias for ever, raising every point's own-class
 *   probability, so there is a minimiser exactly when every class has a point.
 * - λ = 0: none under complete or quasi-complete separation (Albert and Anderson), nor with an empty class (the
 *   same falling bias); otherwise one, up to the shift the parametrisation leaves.
 */
export function minimiserExistence(data: Dataset, separation: Separation | null, spec: ObjectiveSpec): MinimiserExistence {
  if (separation === 'noPoints' || data.labels.length === 0) return { kind: 'noPoints' };
  const full = spec.parametrization.kind === 'full';
  if (spec.l2 > 0 && spec.penalizeBias) return { kind: 'exists', minimisers: 'unique' };
  if (spec.l2 === 0) {
    // Only without L2 does the answer turn on how the points lie.
    if (separation === null) return { kind: 'unknown' };
    if (separation !== 'overlapping') return { kind: 'none', reason: separation, emptyClass: null };
  }
  const emptyClass = classCounts(data).findIndex((count) => count === 0);
  if (emptyClass >= 0) return { kind: 'none', reason: 'emptyClass', emptyClass };
  if (!full) return { kind: 'exists', minimisers: 'unique' };
  return { kind: 'exists', minimisers: spec.l2 > 0 ? 'biasShift' : 'rowShift' };
}

export function hasMinimiser(existence: MinimiserExistence): boolean {
  return existence.kind === 'exists';
}
