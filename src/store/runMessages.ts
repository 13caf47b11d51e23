import { formatCount, formatNumber, formatSetting } from '../model/numberFormat';
import { OPTIMIZERS, type OptimizerKind } from '../model/optimizers';
import { LARGEST_CLASS_MEAN, type ParametrizationKind } from '../model/parameters';
import { noMinimiserCause } from '../model/existenceSentences';
import type { MinimiserExistence } from '../model/minimiserExistence';
import { minimiserLimitSentence, type StableStepFacts } from '../model/stableStepNote';
import { OVERSHOOT_STEPS, STALL_STEPS } from './runMonitor';

/** The largest |entry| of θ's parts, as the messages write it. */
const CLASS_MEAN_LIMIT = formatNumber(LARGEST_CLASS_MEAN, 0);

// Every sentence the run shows about how training is going, composed from the facts the store measured.
// Each names the cause it can establish and the fix for it (teaching-math.md §6–§8).
//
// The store keeps only the facts (a RunReport, below; it imports this file's types, never its code), and the view
// that shows a report loads this file when it first has one to show (app/useRunMessageText.ts): the sentences
// are not in the start bundle.

/** J has no minimiser, and why (the clause is noMinimiserCause's). */
export type NoMinimiser = Extract<MinimiserExistence, { readonly kind: 'none' }>;

/**
 * What happened to the run, as the store measured it: the facts each sentence below is composed from. The lab's
 * message is one of these or, for a refused change, the sentence the validation composed.
 */
export type RunReport =
  | { readonly kind: 'diverged'; readonly facts: DivergenceFacts }
  | { readonly kind: 'converged'; readonly gradMaxNorm: number; readonly tolerance: number; readonly steps: number }
  | { readonly kind: 'no-minimiser'; readonly gradMaxNorm: number; readonly thetaNorm: number; readonly why: NoMinimiser }
  | { readonly kind: 'pending-underflow'; readonly loss: number }
  | { readonly kind: 'gradient-underflow'; readonly loss: number; readonly thetaNorm: number; readonly why: NoMinimiser }
  | { readonly kind: 'stalled'; readonly facts: StallFacts }
  | { readonly kind: 'overshoot'; readonly facts: OvershootFacts }
  | { readonly kind: 'no-points' }
  | { readonly kind: 'points-replaced'; readonly count: number; readonly by: 'drawn' | 'loaded' };

/** The sentence for a report. */
export function runReportText(report: RunReport): string {
  switch (report.kind) {
    case 'diverged':
      return divergenceMessage(report.facts);
    case 'converged':
      return convergedMessage(report.gradMaxNorm, report.tolerance, report.steps);
    case 'no-minimiser':
      return noMinimiserMessage(report.gradMaxNorm, report.thetaNorm, causeOf(report.why));
    case 'pending-underflow':
      return pendingUnderflowMessage(report.loss);
    case 'gradient-underflow':
      return gradientUnderflowMessage(report.loss, report.thetaNorm, causeOf(report.why));
    case 'stalled':
      return stallMessage(report.facts);
    case 'overshoot':
      return overshootMessage(report.facts);
    case 'no-points':
      return NO_POINTS_MESSAGE;
    case 'points-replaced':
      return replacedPointsMessage(report.count, report.by);
  }
}
/** Below this ‖∇J‖∞ a stuck run is as good as stationary, so the gradient tolerance, not the run, is what to change. */
const NEAR_STATIONARY = 1e-4;

const causeOf = (why: NoMinimiser) => noMinimiserCause(why.reason, why.emptyClass);

/** GD and SGD take the plain step θ ← θ − η∇J, whose stability the step-size law (η < 2/hₘₐₓ) describes. */
const takesPlainSteps = (kind: OptimizerKind) => OPTIMIZERS[kind].plainStep;

export type DivergenceCause = 'overflow' | 'l2-step' | 'learning-rate' | 'step';

export interface DivergenceFacts {
  /** Steps taken before the one that failed. */
  readonly step: number;
  readonly optimizer: OptimizerKind;
  readonly learningRate: number;
  readonly l2: number;
  readonly parametrization: ParametrizationKind;
  /** J and ∇J were finite at θ before the failed step. */
  readonly finiteBeforeStep: boolean;
  /** The largest |x1| or |x2| of the points. */
  readonly largestCoordinate: number;
  /** The largest |entry| of θ − m, which the logits are computed from. */
  readonly largestIdentifiable: number;
  /** The largest |entry| of the class-mean m. */
  readonly largestClassMean: number;
  /** 2/hₘₐₓ(H(θ)) at the last finite θ, when it could be computed. */
  readonly stableLearningRate: number | null;
}

export function divergenceCause(facts: DivergenceFacts): DivergenceCause {
  // Not finite at the very start: the start or the data, not a step, is too large. Later, the steps got there.
  if (!facts.finiteBeforeStep && facts.step === 0) return 'overflow';
  if (takesPlainSteps(facts.optimizer) && facts.l2 > 0 && facts.learningRate * facts.l2 > 2) return 'l2-step';
  if (OPTIMIZERS[facts.optimizer].lineSearch) return 'step';
  return 'learning-rate';
}

export function divergenceMessage(facts: DivergenceFacts): string {
  const step = formatCount(facts.step);
  const at = `Training diverged at step ${step}`;
  const kept = ' θ is kept at its last finite value.';
  const eta = formatSetting(facts.learningRate);
  switch (divergenceCause(facts)) {
    case 'overflow':
      return (
        `Training stopped at step 0: J or ∇J is not a finite number at the starting θ (largest |x| = ${formatNumber(facts.largestCoordinate)}, ` +
        `largest |θ_k − m| entry = ${formatNumber(facts.largestIdentifiable)}, largest |m| entry = ${formatNumber(facts.largestClassMean)}): float64 overflows. ` +
        'Use a smaller init scale σ or offset c, or rescale the data.'
      );
    case 'l2-step': {
      const product = facts.learningRate * facts.l2;
      const mean = facts.parametrization === 'full' ? ` (each step multiplies the penalised entries of m by 1 − ηλ = ${formatNumber(1 - product)})` : '';
      return `${at}: η·λ = ${formatNumber(product)} > 2, and with L2 GD needs η < 2/λ = ${formatNumber(2 / facts.l2)}${mean}. Lower η or λ.${kept}`;
    }
    case 'learning-rate': {
      const hint =
        takesPlainSteps(facts.optimizer) && facts.stableLearningRate !== null
          ? ` At the last finite θ, 2/hₘₐₓ(H(θ)) = ${formatNumber(facts.stableLearningRate)}; lower η.`
          : ' Lower the learning rate.';
      return `${at}: ${OPTIMIZERS[facts.optimizer].label} steps with η = ${eta} took θ where θ, J or ∇J is not finite (or an entry of θ passed ±${CLASS_MEAN_LIMIT}).${hint}${kept}`;
    }
    case 'step':
      return `${at}: ${OPTIMIZERS[facts.optimizer].label} steps took θ where θ, J or ∇J is not finite (or an entry of θ passed ±${CLASS_MEAN_LIMIT}).${kept}`;
  }
}

export function convergedMessage(gradMaxNorm: number, tolerance: number, steps: number): string {
  return `Converged: ‖∇J‖∞ = ${formatNumber(gradMaxNorm, 3)} ≤ gradient tolerance ${formatNumber(tolerance, 3)} after ${formatCount(steps)} steps.`;
}

/**
 * J has no minimiser (teaching-math §2, §6), so a small gradient is not convergence. `cause` is the clause
 * noMinimiserCause gives: complete or quasi-complete separation, or an empty class whose bias is free.
 */
export function noMinimiserMessage(gradMaxNorm: number, thetaNorm: number, cause: string): string {
  return (
    `‖∇J‖∞ = ${formatNumber(gradMaxNorm, 3)} is below the gradient tolerance, but this is not convergence: J has no minimiser, because ${cause}. ` +
    `J only approaches its lowest value as ‖θ‖ grows (now ${formatNumber(thetaNorm, 3)}); the gradient vanishes only at infinity.`
  );
}

/** Said while the points' separation is being found, with λ = 0: it decides whether J has a minimiser. */
const EXISTENCE_PENDING = 'Whether J has a minimiser is not known yet (with λ = 0 the lab finds it from how the points lie, which is still being decided), so this is not called convergence.';

/** ∇J rounded to exactly 0 before the lab knew whether J has a minimiser. */
export function pendingUnderflowMessage(loss: number): string {
  return `∇J has rounded to exactly 0 in float64 (J = ${formatNumber(loss, 3)}), so no step can move θ further. ${EXISTENCE_PENDING}`;
}

/** No minimiser, and ∇J rounded to exactly 0: float64 has run out of room before ‖θ‖ did. */
export function gradientUnderflowMessage(loss: number, thetaNorm: number, cause: string): string {
  return (
    `∇J has rounded to exactly 0 in float64 (J = ${formatNumber(loss, 3)}), so no step can move θ further. This is not convergence: ` +
    `J has no minimiser, because ${cause}; J only approaches its lowest value as ‖θ‖ grows (now ${formatNumber(thetaNorm, 3)}).`
  );
}

export interface StallFacts {
  readonly loss: number;
  readonly gradMaxNorm: number;
  readonly tolerance: number;
  readonly thetaNorm: number;
  /** Why J has no minimiser, or null when it has one. */
  readonly noMinimiser: NoMinimiser | null;
  /** Whether J has a minimiser is not known yet (λ = 0, the separation still being found). */
  readonly existenceUnknown?: boolean;
  /** The share of the N×K probabilities that are exactly 0 or 1 in float64. */
  readonly saturatedShare: number;
}

/** Said when J has not changed, beyond rounding, for STALL_STEPS steps. */
export function stallMessage(facts: StallFacts): string {
  const unchanged = `J = ${formatNumber(facts.loss, 3)} has not changed in ${STALL_STEPS} steps`;
  const saturated = `θ is so large that ${formatNumber(100 * facts.saturatedShare, 0)} % of the probabilities are exactly 0 or 1 in float64, so the steps barely change J.`;
  if (facts.saturatedShare >= 0.5) return `No progress: ${unchanged}. ${saturated} Press Reset, with a smaller init scale σ.`;
  if (facts.noMinimiser !== null) {
    return (
      `${unchanged}: float64 cannot resolve a smaller loss here. This is not convergence: J has no minimiser, because ${causeOf(facts.noMinimiser)}; ` +
      `J only approaches its lowest value as ‖θ‖ grows (now ${formatNumber(facts.thetaNorm, 3)}).`
    );
  }
  if (facts.existenceUnknown === true) return `No progress: ${unchanged}: the steps no longer change J in float64. ${EXISTENCE_PENDING}`;
  const stuck = `No progress: ${unchanged}, though ‖∇J‖∞ = ${formatNumber(facts.gradMaxNorm, 3)} is above the gradient tolerance ${formatNumber(facts.tolerance, 3)}: the steps no longer change J in float64.`;
  return facts.gradMaxNorm < NEAR_STATIONARY ? `${stuck} A larger gradient tolerance ends the run as converged.` : `${stuck} Press Reset, or try another optimiser.`;
}

/** The limit at the minimiser (not the local one: it decides nothing) and where J has been. */
export interface OvershootFacts extends Pick<StableStepFacts, 'learningRate' | 'l2' | 'atMinimiser'> {
  readonly lowest: number;
  /** J when the overshoot was seen, at step `step` (the curves' numbering): the report keeps it, the run moves on. */
  readonly now: number;
  readonly step: number;
}

/**
 * For plain GD only: with a small enough step it lowers J at every step, so a J that stays up means overshooting.
 * Whether that lasts is decided by the limit at the minimiser, which it names (the local one is the Learning rate field's).
 */
export function overshootMessage(facts: OvershootFacts): string {
  // A report of the moment it was seen: J at that step, not J now (the curves show that), so it says which step.
  const stays = `J has stayed above its lowest value so far (${formatNumber(facts.lowest, 3)}) for ${OVERSHOOT_STEPS} steps: at step ${formatCount(facts.step)} it was ${formatNumber(facts.now, 3)}, so the steps overshoot.`;
  // Only the limit that decides: the local one is a guide, and the Learning rate field shows it beside this.
  return `${stays} ${minimiserLimitSentence(facts)}`;
}

export const NO_POINTS_MESSAGE = 'There are no points, so there is nothing to fit: add points by clicking the plot, or choose a data set.';

/** Said when points edited by hand are replaced: by a new draw of the data set, or by a loaded file. */
export function replacedPointsMessage(count: number, by: 'drawn' | 'loaded' = 'drawn'): string {
  return `The ${formatCount(count)} points you edited by hand were replaced by ${by === 'drawn' ? 'newly drawn ones' : 'the loaded ones'}.`;
}
