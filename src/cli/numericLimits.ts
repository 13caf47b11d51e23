import { COORDINATE_OVERFLOW as OVERFLOW, LARGEST_COORDINATE, RESCALE_ADVICE as RESCALE } from '../model/coordinateLimits';
import type { Dataset } from '../model/dataset';
import { formatNumber } from '../model/numberFormat';
import { LARGEST_CLASS_MEAN } from '../model/parameters';
import { OPTIMIZERS, type StepDiagnostics } from '../model/optimizers';
import type { FitOptions } from './fitArguments';

/** The run met a non-finite number (loss, gradient, θ, Hessian); the message names it, the cause and the fix. */
export class FitFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FitFailedError';
  }
}

/** The same bound on a Dataset, which has no line numbers: throws FitFailedError before any step is taken. */
export function checkDataScale(data: Dataset): void {
  let largest = 0;
  for (let n = 0; n < data.labels.length; n++) largest = Math.max(largest, Math.abs(data.x1[n]), Math.abs(data.x2[n]));
  if (largest <= LARGEST_COORDINATE) return;
  const beyond = `${formatNumber(largest, 4)}, beyond ±${formatNumber(LARGEST_COORDINATE, 1)}`;
  throw new FitFailedError(`fit: coordinates reach ${beyond}: ${OVERFLOW}; ${RESCALE}`);
}

/** What went wrong in a step, as a clause, or null when all is finite and the trainer saw no divergence. */
export function nonFiniteInStep(step: StepDiagnostics & { readonly diverged: boolean }): string | null {
  if (!Number.isFinite(step.loss)) return 'the loss J became non-finite';
  if (!Number.isFinite(step.gradNorm) || !Number.isFinite(step.gradMaxNorm)) return 'the gradient became non-finite';
  // The trainer also refuses a θ with an entry beyond LARGEST_CLASS_MEAN, where ‖θ‖ and the L2 term overflow.
  return step.diverged ? `θ became non-finite or passed ±${formatNumber(LARGEST_CLASS_MEAN, 0)}` : null;
}

/**
 * The error for a run stopped at `step` because of `what` (a clause from nonFiniteInStep). `largestStableRate` is 2/hₘₐₓ(H) at
 * the starting θ, for gradient descent (teaching-math §8), or null for the other optimisers.
 */
export function divergedError(what: string, step: number, options: FitOptions, largestStableRate: number | null): FitFailedError {
  return new FitFailedError(`fit: the run diverged at step ${step}: ${what}; ${cause(options, largestStableRate)}`);
}

/** The error for a finished run whose report would hold a non-finite number. */
export function nonFiniteReportError(what: string, steps: number, options: FitOptions): FitFailedError {
  return new FitFailedError(`fit: ${what} is not finite at the final θ (after ${steps} steps); ${cause(options, null)}`);
}

/** Names the first non-finite number among the report's fields, or null when every one is finite. */
export function firstNonFiniteField(report: object): string | null {
  for (const [field, value] of Object.entries(report)) {
    const numbers = typeof value === 'number' ? [value] : Array.isArray(value) ? value.flat(2) : [];
    if (numbers.some((x) => typeof x === 'number' && !Number.isFinite(x))) return field;
  }
  return null;
}

/** Within the coordinate bound, a non-finite number comes from too large a step, or (Newton, L-BFGS) badly scaled data. */
function cause(options: FitOptions, largestStableRate: number | null): string {
  const { l2, optimizer: { kind: optimizer, learningRate } } = options.run;
  if (OPTIMIZERS[optimizer].lineSearch) return `${optimizer}'s line search could not keep it finite: ${RESCALE}`;
  const bound =
    largestStableRate === null ? '' : ` (at the starting θ, 2/hₘₐₓ = ${formatNumber(largestStableRate)}, hₘₐₓ the largest eigenvalue of the Hessian: a local guide to the stable step)`;
  if (OPTIMIZERS[optimizer].plainStep && learningRate * l2 > 2) {
    const product = `--lr × --l2 = ${formatNumber(learningRate * l2)} > 2`;
    return `${product}: the L2 part of each step multiplies every penalised weight by 1 − ηλ < −1; lower --lr${bound} or --l2`;
  }
  return `--lr ${learningRate} is too large for ${optimizer} on this data: lower it${bound}`;
}
