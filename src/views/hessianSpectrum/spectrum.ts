import { conditionNumber, countZeroEigenvalues, symmetricEigen, ZERO_EIGENVALUE_TOLERANCE, type SymmetricEigen } from '../../model/eigen';
import { createObjective, type Objective, type ObjectiveSpec } from '../../model/objective';
import { restrict } from '../../model/parameters';
import type { LabState } from '../../store/createAppStore';
import { trainerConfig } from '../../store/trainerConfig';
import { CLASS_NAMES } from '../common/palette';

/** The objective the trainer minimises, the current θ as its free vector, and the Hessian's eigen-decomposition there. */
export interface CurvatureAtTheta {
  readonly objective: Objective;
  readonly free: Float64Array;
  readonly eigen: SymmetricEigen;
}

/** Recomputes the trainer's objective from the settings (views never reach into the trainer) and its Hessian at θ. */
export function curvatureAtTheta(state: LabState): CurvatureAtTheta {
  const spec = trainerConfig(state).objective;
  const objective = createObjective(state.data, spec);
  const free = restrict(state.theta, state.data.classes, spec.parametrization);
  return { objective, free, eigen: symmetricEigen(objective.hessian(free), objective.dimension) };
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

export function summarizeSpectrum(ascending: Float64Array): SpectrumSummary {
  const largest = ascending.reduce((max, value) => Math.max(max, Math.abs(value)), 0);
  return {
    values: ascending.slice().reverse(),
    zeroCount: countZeroEigenvalues(ascending),
    condition: conditionNumber(ascending),
    zeroThreshold: ZERO_EIGENVALUE_TOLERANCE * largest,
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
    return `${count}: the model is over-parameterised along 3 directions (shifting every class’s bias, w1 or w2 together). Newton’s method needs damping here.`;
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
