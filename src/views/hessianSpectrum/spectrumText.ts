import type { ObjectiveSpec } from '../../model/objective';
import type { ParametrizationKind } from '../../model/parameters';
import { CLASS_NAMES } from '../common/palette';

// What the Hessian spectrum panel says, in one place (checked against teaching-math §4, §5 and §9).

/** Which directions κ on the identifiable directions is measured on, per parametrisation (teaching-math §9). */
export const IDENTIFIABLE_DIRECTIONS: Readonly<Record<ParametrizationKind, string>> = {
  full: 'the directions of θ − m, leaving out the 3 that add the same c to every row',
  reference: 'the free rows, which are all identifiable',
};

/** Why that κ is shown beside the full Hessian's. */
export const IDENTIFIABLE_COMPARISON = 'This κ can be compared between the full model and a reference class.';

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
