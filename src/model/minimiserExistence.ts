import { classCounts, type Dataset } from './dataset';
import type { ObjectiveSpec } from './objective';
import type { ParametrizationKind } from './parameters';
import { pointSpan } from './pointSpan';
import { probabilityFreeDirections } from './probabilityFreeDirections';
import type { Separation } from './separability';

/**
 * Why J has no minimiser (teaching-math §2, §6). `emptyClass`: a class with no points whose bias is free and not
 * penalised falls for ever; `emptyReferenceClass`: the reference class has none, so every other bias rises together.
 */
export type NoMinimiserReason = 'completelySeparable' | 'quasiCompletelySeparated' | 'emptyClass' | 'emptyReferenceClass';

/**
 * How many minimisers J has, when it has one:
 * - `unique`: one θ*, held by L2 on every entry (`l2`); by the reference class's fixed row with L2 on the weights
 *   (`referenceAndWeights`: every class's points hold the unpenalised biases); or by the fixed row alone, λ = 0 and
 *   the x̃ spanning R³ (`reference`).
 * - `biasShift`: a line, θ* plus the same shift of every bias (full model, L2 on the weights only). The penalty curves
 *   every other flat direction of the data term: each has a non-zero weight part, since u·x̃ = 0 at a point forces
 *   u = 0 when u's weights are 0.
 * - `flat`: λ = 0, an affine set of `dimension` (teaching-math §2): 3 + (K − 1)(3 − span) in the full model (θ* + c
 *   for every c ∈ R³, and each row along the u with u·x̃ = 0 at every point), (K − 1)(3 − span) under a reference
 *   class, which occurs only when the x̃ do not span R³ (`span` < 3: the points are on one line, or at one place).
 */
export type Minimisers =
  | { readonly minimisers: 'unique'; readonly heldBy: 'l2' | 'referenceAndWeights' | 'reference' }
  | { readonly minimisers: 'biasShift' }
  | { readonly minimisers: 'flat'; readonly parametrization: ParametrizationKind; readonly span: 1 | 2 | 3; readonly dimension: number };

/** Whether J (data and objective together) has a minimiser, and how many. */
export type MinimiserExistence =
  | { readonly kind: 'noPoints' }
  | { readonly kind: 'none'; readonly reason: NoMinimiserReason; readonly emptyClass: number | null }
  | ({ readonly kind: 'exists' } & Minimisers)
  /** λ = 0 and how the points lie is not decided yet (the caller is still finding it): nothing is claimed. */
  | { readonly kind: 'unknown' };

/**
 * Decides it from the points' separation (classifySeparation; null while the caller has not decided it) and the
 * objective:
 * - λ > 0, bias penalised: J is strictly convex and grows without bound in every direction, so one minimiser.
 * - λ > 0, bias not penalised: the weights are held, and every class with points stops its bias falling
 *   relative to the others; a class with none can lower its bias for ever, raising every point's own-class
 *   probability (under a reference class with none, every other bias rises instead), so there is a minimiser
 *   exactly when every class has a point.
 * - λ = 0: none under complete or quasi-complete separation (Albert and Anderson), nor with an empty class (the
 *   same falling bias); otherwise a flat set of them (one point only under a reference class with the x̃ spanning R³).
 */
export function minimiserExistence(data: Dataset, separation: Separation | null, spec: ObjectiveSpec): MinimiserExistence {
  if (separation === 'noPoints' || data.labels.length === 0) return { kind: 'noPoints' };
  const { kind: parametrization, referenceClass } = spec.parametrization;
  if (spec.l2 > 0 && spec.penalizeBias) return { kind: 'exists', minimisers: 'unique', heldBy: 'l2' };
  if (spec.l2 === 0) {
    // Only without L2 does the answer turn on how the points lie.
    if (separation === null) return { kind: 'unknown' };
    if (separation !== 'overlapping') return { kind: 'none', reason: separation, emptyClass: null };
  }
  const empty = classCounts(data).flatMap((count, k) => (count === 0 ? [k] : []));
  // A free empty row's bias falls for ever; only when the fixed row is the one empty does every other bias rise.
  const freeEmpty = empty.find((k) => parametrization === 'full' || k !== referenceClass);
  if (freeEmpty !== undefined) return { kind: 'none', reason: 'emptyClass', emptyClass: freeEmpty };
  if (empty.length > 0) return { kind: 'none', reason: 'emptyReferenceClass', emptyClass: referenceClass };
  if (spec.l2 > 0) return parametrization === 'full' ? { kind: 'exists', minimisers: 'biasShift' } : { kind: 'exists', minimisers: 'unique', heldBy: 'referenceAndWeights' };
  // With λ = 0 the minimisers are θ* moved along every direction no probability depends on.
  const dimension = probabilityFreeDirections(data, spec);
  if (dimension === 0) return { kind: 'exists', minimisers: 'unique', heldBy: 'reference' };
  return { kind: 'exists', minimisers: 'flat', parametrization, span: pointSpan(data) as 1 | 2 | 3, dimension };
}

export function hasMinimiser(existence: MinimiserExistence): boolean {
  return existence.kind === 'exists';
}
