import { noMinimiserCause } from './existenceSentences';
import type { MinimiserStableStep } from './minimiserStableStep';
import { formatNumber, formatSetting } from './numberFormat';
import { OPTIMIZERS, type OptimizerKind } from './optimizers';

// Every sentence the app says about gradient descent's step limit (teaching-math §8), in one place: the Learning
// rate field, its marker and the run's overshoot message compose them, so they agree at every moment. Hessian
// eigenvalues are h (λ is only the L2 strength); the largest is hₘₐₓ.

/** What is known about the limits for the current settings. */
export interface StableStepFacts {
  readonly learningRate: number;
  /** λ, and whether it reaches the biases: ηλ > 2 makes GD diverge whatever the data. */
  readonly l2: number;
  /** 2/hₘₐₓ(H(θ)) at the current θ; null when H there is not finite or has no positive eigenvalue. */
  readonly local: number | null;
  /** The limit at the minimiser; null while it is being found. */
  readonly atMinimiser: MinimiserStableStep | null;
}

/** "2/hₘₐₓ at θ*": the limit that decides convergence, with what η does against it. */
export function minimiserLimitSentence({ learningRate, l2, atMinimiser }: Pick<StableStepFacts, 'learningRate' | 'l2' | 'atMinimiser'>): string {
  if (atMinimiser === null) return 'Finding the minimiser θ* (Newton’s method) for the step limit that decides convergence…';
  const eta = formatSetting(learningRate);
  switch (atMinimiser.kind) {
    case 'noPoints':
      return 'No points: nothing to fit, so no step limit.';
    case 'unknown':
      return 'How the points lie is still being decided, and with λ = 0 whether J has a minimiser is found from it: the limit that decides convergence is not known yet.';
    case 'notFound':
      return 'Newton’s method did not find the minimiser θ* here, so the limit that decides convergence is not shown.';
    case 'none':
      return noMinimiserLimitSentence(atMinimiser);
    case 'found': {
      const limit = `GD converges to the minimiser θ* only for η below 2/hₘₐₓ(H(θ*)) = ${formatNumber(atMinimiser.rate, 4)}.`;
      if (learningRate < atMinimiser.rate) return `${limit} η = ${eta} is below it: from close enough, GD converges.`;
      if (learningRate * l2 > 2) return `${limit} η = ${eta} is above it, and η·λ = ${formatNumber(learningRate * l2, 3)} > 2: the L2 part alone multiplies the penalised entries by 1 − ηλ < −1 each step, so GD diverges.`;
      return `${limit} η = ${eta} is above it: θ* pushes the iterates away along H(θ*)’s top eigenvector, and they settle into a bounded oscillation (typically a 2-cycle) instead of converging.`;
    }
  }
}

/**
 * Where J has no minimiser, what decides GD's steps (teaching-math §6, §8). Under complete separation every point's
 * probabilities saturate along the path, so the curvature vanishes. Under quasi-complete separation the points on a
 * boundary never saturate: their fit converges, and hₘₐₓ with it to a positive limit h∞ (2/h∞ = 10.49 on the
 * 9-point set of stableStepNote.test.ts), above which GD keeps oscillating. An empty class's bias runs off alone.
 */
function noMinimiserLimitSentence({ reason, emptyClass }: Extract<MinimiserStableStep, { kind: 'none' }>): string {
  const none = `J has no minimiser (${noMinimiserCause(reason, emptyClass)})`;
  switch (reason) {
    case 'completelySeparable':
      return `${none}, so no step limit at a minimiser decides convergence. Along GD’s path hₘₐₓ → 0, so every η is eventually locally stable.`;
    case 'quasiCompletelySeparated':
      return `${none}. The points on a boundary keep J curved: as J nears its lowest value, hₘₐₓ tends to a positive limit h∞, not 0, and GD with η above 2/h∞ keeps oscillating.`;
    case 'emptyClass':
    case 'emptyReferenceClass':
      return `${none}, so no step limit at a minimiser decides convergence.`;
  }
}

/** "2/hₘₐₓ at θ": the quadratic model's limit where θ is now, named as a local guide. */
export function localLimitSentence(local: number | null): string {
  if (local === null) return 'At the current θ the Hessian is not finite or has no positive eigenvalue, so there is no local limit.';
  return `At the current θ, 2/hₘₐₓ(H(θ)) = ${formatNumber(local, 4)}: the limit of the quadratic model here, a local guide that moves with θ and can be wrong both ways.`;
}

/** The sentences under the Learning rate field. The limits are plain GD's; each other optimiser's registry note says why. */
export function stableStepText(facts: StableStepFacts & { readonly optimizer: OptimizerKind; readonly miniBatch: boolean }): string {
  const both = `${minimiserLimitSentence(facts)} ${localLimitSentence(facts.local)}`;
  const { plainStep, stableStepNote } = OPTIMIZERS[facts.optimizer];
  if (stableStepNote === null || (plainStep && !facts.miniBatch)) return both;
  return plainStep ? `${both} ${stableStepNote}` : `For plain gradient descent: ${both} ${stableStepNote}`;
}

/** Marker labels: each line named for what it is. */
export const MINIMISER_LIMIT_LABEL = '2/hₘₐₓ at θ* (decides convergence)';
export const LOCAL_LIMIT_LABEL = '2/hₘₐₓ at θ (local)';
