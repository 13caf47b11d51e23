import { conditionNumber, countZeroEigenvalues, hessianRoundingFloor, symmetricEigen, zeroEigenvalueThreshold, type SymmetricEigen } from '../../model/eigen';
import { curvatureOfHessian, type IdentifiableCurvature } from '../../model/identifiableCurvature';
import { createObjective, type Objective, type ObjectiveSpec } from '../../model/objective';
import { allFinite, restrict, type ParametrizationKind } from '../../model/parameters';
import type { LabState } from '../../store/createAppStore';
import type { HessianAtTheta, LabCaches } from '../../store/labViews';
import { trainerConfig } from '../../store/trainerConfig';
import { CLASS_NAMES } from '../common/palette';

/** The objective the trainer minimises and its Hessian's eigen-decomposition at the current θ. */
export interface CurvatureAtTheta {
  readonly objective: Objective;
  readonly eigen: SymmetricEigen;
}

/**
 * Recomputes the trainer's objective from the settings (views never reach into the trainer) and its Hessian at θ.
 * The Hessian is evaluated at θ − m: the data term's Hessian depends only on differences between rows and the
 * penalty's is constant, so it is the Hessian at θ, without the digits a huge class-mean m would cost.
 */
export function curvatureAtTheta(state: LabState, caches?: HessianCache): CurvatureAtTheta {
  const { objective, hessian } = hessianAtTheta(state, caches);
  return { objective, eigen: symmetricEigen(hessian, objective.dimension) };
}

/** Where a lab keeps its last Hessian (the store's `caches`); without one, the Hessian is computed afresh. */
export type HessianCache = Pick<LabCaches, 'hessian'>;

/**
 * The Hessian at the lab's θ (evaluated at θ − m, see curvatureAtTheta), kept in the lab's caches for the last
 * θ − m, points and model asked about: the spectrum, the stable step and the loss slice all need it at the same θ,
 * and it costs a pass over the points (~10 ms at N = 10,000, K = 8). The objective depends only on the points and
 * the model settings.
 */
export function hessianAtTheta(state: LabState, caches: HessianCache = { hessian: null }): HessianAtTheta {
  const key = [state.identifiable, state.data, state.model];
  const last = caches.hessian;
  if (last !== null && key.every((part, i) => part === last.key[i])) return last.value;
  const spec = trainerConfig(state).objective;
  const objective = createObjective(state.data, spec);
  const value = { objective, hessian: objective.hessian(restrict(state.identifiable, state.data.classes, spec.parametrization)) };
  caches.hessian = { key, value };
  return value;
}


/** The panel's content: the spectrum with its sentence, or why there is none. */
export type SpectrumView =
  | {
      readonly ok: true;
      readonly summary: SpectrumSummary;
      readonly sentence: string;
      readonly step: number;
      /** κ = h_max/h_min on the identifiable directions, comparable between parametrisations (teaching-math §9). */
      readonly identifiable: IdentifiableCurvature;
      readonly parametrization: ParametrizationKind;
    }
  | { readonly ok: false; readonly error: string };

/**
 * The spectrum at the store's θ, or a sentence saying why it cannot be computed: a θ that is not finite (a run
 * that diverged) has no Hessian to describe, and one so large that the Hessian overflows has no spectrum.
 */
export function spectrumView(state: LabState, caches?: HessianCache): SpectrumView {
  if (!allFinite(state.theta) || !allFinite(state.identifiable)) {
    return {
      ok: false,
      error: 'The spectrum cannot be computed: θ is not a finite number (the run diverged), so there is no Hessian to describe. Press Reset to start again.',
    };
  }
  try {
    const { objective, hessian } = hessianAtTheta(state, caches);
    const eigen = symmetricEigen(hessian, objective.dimension);
    if (!allFinite(eigen.values)) {
      return {
        ok: false,
        error: 'The spectrum cannot be computed: at this θ the Hessian’s entries are too large for floating-point numbers. Press Reset, or add L2 to keep θ small.',
      };
    }
    const summary = summarizeSpectrum(eigen.values, hessianRoundingFloor(state.data, objective.dimension));
    const identifiable = curvatureOfHessian(hessian, state.data, objective.spec.parametrization.kind);
    return { ok: true, summary, sentence: spectrumSentence(summary.zeroCount, objective.spec), step: state.step, identifiable, parametrization: objective.spec.parametrization.kind };
  } catch (error) {
    return { ok: false, error: `The Hessian could not be computed for these settings: ${(error as Error).message}.` };
  }
}

export interface SpectrumSummary {
  /** Largest first. */
  readonly values: Float64Array;
  readonly zeroCount: number;
  /** h_max / h_min; Infinity when some eigenvalue is zero. */
  readonly condition: number;
  /** |h| at or below this counts as zero (relative to the largest). */
  readonly zeroThreshold: number;
}

/**
 * Eigenvalues with |λ| at or below the larger of ZERO_EIGENVALUE_TOLERANCE × the largest and `roundingFloor`
 * count as zero (see hessianRoundingFloor): below the floor an "h = −2.4e−130" is rounding noise, not curvature.
 */
export function summarizeSpectrum(ascending: Float64Array, roundingFloor = 0): SpectrumSummary {
  return {
    values: ascending.slice().reverse(),
    zeroCount: countZeroEigenvalues(ascending, roundingFloor),
    condition: conditionNumber(ascending, roundingFloor),
    zeroThreshold: zeroEigenvalueThreshold(ascending, roundingFloor),
  };
}

/** Zero eigenvalues the objective has at every θ: its flat directions, whatever the data. */
export function structuralZeros(spec: ObjectiveSpec): number {
  if (spec.parametrization.kind === 'reference') return 0;
  if (spec.l2 === 0) return 3;
  return spec.penalizeBias ? 0 : 1;
}

function plural(count: number, word: string): string {
  return `${count === 0 ? 'No' : count} ${word}${count === 1 ? '' : 's'}`;
}

const INVERTIBLE = 'Newton’s method can invert the Hessian.';

/** A plain sentence on what the number of zero eigenvalues means for these settings. */
export function spectrumSentence(zeroCount: number, spec: ObjectiveSpec): string {
  const structural = structuralZeros(spec);
  const count = plural(zeroCount, 'zero eigenvalue');
  if (zeroCount === 0) {
    if (spec.parametrization.kind === 'reference') {
      const r = spec.parametrization.referenceClass;
      return `${count}: with class ${r} (${CLASS_NAMES[r]}) fixed at 0 nothing is redundant, so every direction changes the loss; ${INVERTIBLE}`;
    }
    if (spec.l2 > 0) return `${count}: L2 curves even the shift of all classes, so every direction changes the loss; ${INVERTIBLE}`;
    return `${count}: every direction changes the loss; ${INVERTIBLE}`;
  }
  if (zeroCount === structural && structural === 3) {
    return (
      `${count}: the model is over-parameterised along 3 directions (shifting every class’s bias, w1 or w2 together). ` +
      'The Hessian has no inverse, so Newton’s method uses its pseudo-inverse, which takes no step along them, or damping (H + μI).'
    );
  }
  if (zeroCount === structural && structural === 1) {
    return `${count}: L2 leaves the shared bias shift free because the bias is not penalised.`;
  }
  if (zeroCount > structural) {
    // Lesson 5's "exactly 3" holds in exact arithmetic; in float64 saturated probabilities leave curvature below rounding.
    const why =
      'either the points lie on one line (then those are exactly zero), or at this θ the probabilities are so close to 0 or 1 that the curvature, which scales with P(1 − P), is below what float64 can resolve (then they are positive, but too small to tell from rounding).';
    const extra = zeroCount - structural;
    if (structural === 0) return `${count} in float64: ${why}`;
    return `${count} in float64: ${structural} from shifting every class together, and ${extra} more because ${why}`;
  }
  return `${count} (at this θ the loss is flat along ${zeroCount === 1 ? 'one direction' : `${zeroCount} directions`}).`;
}
