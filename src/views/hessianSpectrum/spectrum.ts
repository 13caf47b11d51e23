import { conditionNumber, countZeroEigenvalues, hessianRoundingFloor, symmetricEigen, zeroEigenvalueThreshold, type SymmetricEigen } from '../../model/eigen';
import { curvatureOfHessian, type IdentifiableCurvature } from '../../model/identifiableCurvature';
import { createObjective, type Objective } from '../../model/objective';
import { allFinite, restrict, type ParametrizationKind } from '../../model/parameters';
import type { LabState } from '../../store/createAppStore';
import type { HessianAtTheta, LabCaches } from '../../store/labViews';
import { labTrainerConfig } from '../../store/labRunSettings';
import { spectrumSentence } from './spectrumText';

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
  const spec = labTrainerConfig(state).objective;
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
