import { conditionNumber, countZeroEigenvalues, hessianRoundingFloor, symmetricEigen, zeroEigenvalueThreshold, type SymmetricEigen } from '../../model/eigen';
import { createObjective, type Objective, type ObjectiveSpec } from '../../model/objective';
import { allFinite, restrict } from '../../model/parameters';
import type { LabState } from '../../store/createAppStore';
import { labTrainerConfig } from '../../store/labRunSettings';
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
export function curvatureAtTheta(state: LabState): CurvatureAtTheta {
  const { objective, hessian } = hessianAtTheta(state);
  return { objective, eigen: symmetricEigen(hessian, objective.dimension) };
}

/** The trainer's objective and its Hessian at θ (evaluated at θ − m, see curvatureAtTheta). */
export interface HessianAtTheta {
  readonly objective: Objective;
  readonly hessian: Float64Array;
}

let lastHessian: { readonly key: readonly unknown[]; readonly value: HessianAtTheta } | null = null;

/**
 * The Hessian at the lab's θ, kept for the last θ, points and model asked about: the spectrum, the stable step
 * and the loss slice all need it at the same θ, and it costs a pass over the points (~10 ms at N = 10,000, K = 8).
 * The objective depends only on the points and the model settings.
 */
export function hessianAtTheta(state: LabState): HessianAtTheta {
  const key = [state.identifiable, state.data, state.model];
  if (lastHessian !== null && key.every((part, i) => part === lastHessian!.key[i])) return lastHessian.value;
  const spec = labTrainerConfig(state).objective;
  const objective = createObjective(state.data, spec);
  const value = { objective, hessian: objective.hessian(restrict(state.identifiable, state.data.classes, spec.parametrization)) };
  lastHessian = { key, value };
  return value;
}


/** The panel's content: the spectrum with its sentence, or why there is none. */
export type SpectrumView =
  | { readonly ok: true; readonly summary: SpectrumSummary; readonly sentence: string; readonly step: number }
  | { readonly ok: false; readonly error: string };

/**
 * The spectrum at the store's θ, or a sentence saying why it cannot be computed: a θ that is not finite (a run
 * that diverged) has no Hessian to describe, and one so large that the Hessian overflows has no spectrum.
 */
export function spectrumView(state: LabState): SpectrumView {
  if (!allFinite(state.theta) || !allFinite(state.identifiable)) {
    return {
      ok: false,
      error: 'The spectrum cannot be computed: θ is not a finite number (the run diverged), so there is no Hessian to describe. Press Reset to start again.',
    };
  }
  try {
    const { objective, eigen } = curvatureAtTheta(state);
    if (!allFinite(eigen.values)) {
      return {
        ok: false,
        error: 'The spectrum cannot be computed: at this θ the Hessian’s entries are too large for floating-point numbers. Press Reset, or add L2 to keep θ small.',
      };
    }
    const summary = summarizeSpectrum(eigen.values, hessianRoundingFloor(state.data, objective.dimension));
    return { ok: true, summary, sentence: spectrumSentence(summary.zeroCount, objective.spec), step: state.step };
  } catch (error) {
    return { ok: false, error: `The Hessian could not be computed for these settings: ${(error as Error).message}.` };
  }
}

export interface SpectrumSummary {
  /** Largest first. */
  readonly values: Float64Array;
  readonly zeroCount: number;
  /** λ_max / λ_min; Infinity when some eigenvalue is zero. */
  readonly condition: number;
  /** |λ| at or below this counts as zero (relative to the largest). */
  readonly zeroThreshold: number;
}

/**
 * Eigenvalues with |λ| at or below the larger of ZERO_EIGENVALUE_TOLERANCE × the largest and `roundingFloor`
 * count as zero (see hessianRoundingFloor): below the floor a "λ = −2.4e−130" is rounding noise, not curvature.
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
    const why = 'the data do not pin every direction down at this θ (for instance when the points lie on a line, or every probability is saturated near 0 or 1).';
    if (structural === 0) return `${count}: ${why}`;
    return `${count}: ${structural} from shifting every class together, and ${zeroCount - structural} more because ${why}`;
  }
  return `${count} (at this θ the loss is flat along ${zeroCount === 1 ? 'one direction' : `${zeroCount} directions`}).`;
}
