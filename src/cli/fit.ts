import { toDataset, type Dataset } from '../model/dataset';
import { parsePointsCsv } from '../model/csv';
import { symmetricEigen } from '../model/eigen';
import { stableLearningRateAt } from '../model/stableStep';
import { takesFullGradientSteps } from '../model/optimizers';
import { thetaRows } from '../model/parameters';
import { minimiserExistence, type NoMinimiserReason } from '../model/minimiserExistence';
import { classifySeparation, type Separation } from '../model/separability';
import { createTrainer, type Trainer } from '../model/trainer';
import { trainerConfig, type RunSettings } from '../model/trainerConfig';
import type { FitOptions } from './fitArguments';
import { checkCoordinates } from '../model/coordinateLimits';
import { checkDataScale, divergedError, firstNonFiniteField, nonFiniteInStep, nonFiniteReportError } from './numericLimits';

/**
 * What `npm run fit` prints, everything evaluated at the final θ. Every number in it is finite: a run that meets a
 * non-finite loss, gradient, θ or Hessian stops with a FitFailedError instead of printing null.
 */
export interface FitReport {
  /** K rows of [b, w1, w2]; under a reference class its row is zeros. */
  readonly theta: number[][];
  readonly loss: number;
  /** ‖∇J‖₂ over the free parameters. */
  readonly gradNorm: number;
  /** ‖∇J‖∞ over the free parameters, the quantity compared with the tolerance. */
  readonly gradMaxNorm: number;
  readonly steps: number;
  /**
   * ‖∇J‖∞ ≤ tolerance where J has a minimiser. Always false where it has none (see noMinimiser): a small gradient
   * there is not convergence, though the run stops on it.
   */
  readonly converged: boolean;
  /** Why J has no minimiser on these points under these options, or null when it has one (teaching-math §2, §6). */
  readonly noMinimiser: NoMinimiserReason | null;
  /**
   * Always false in a report: a diverging run throws FitFailedError (the command exits 1 and says why). The field
   * stays so that the JSON keeps the shape scripts already read.
   */
  readonly diverged: false;
  /** The class-mean m = (1/K) Σ_k θ_k as [b, w1, w2]. */
  readonly redundant: number[];
  /** Eigenvalues of the Hessian of J with respect to the free parameters, ascending. */
  readonly hessianEigenvalues: number[];
  /** Some linear classifier gets every point strictly right (separation === 'completelySeparable'). */
  readonly separable: boolean;
  /** How the points lie for the K-class linear model: overlapping, quasi-completely separated or completely separable. */
  readonly separation: Separation;
  /** P(y = k | x_n): N rows of K. */
  readonly probabilities: number[][];
}

/** The options name a reference class the data does not have. */
export class FitOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FitOptionsError';
  }
}

/**
 * Reads CSV text and fits it; see fitDataset. Throws CsvError naming `source`, line and field, also for a
 * coordinate beyond ±LARGEST_COORDINATE, whose products would overflow.
 */
export function fitCsv(text: string, source: string, options: FitOptions): FitReport {
  const { points, classes, lines } = parsePointsCsv(text, source);
  checkCoordinates(points, lines, source);
  return fitDataset(toDataset(points, classes), options, source);
}

/**
 * Trains from the configured start until ‖∇J‖∞ ≤ tolerance or maxSteps steps have been taken, through the same
 * trainer the app uses. Throws FitFailedError before training when a coordinate is beyond ±LARGEST_COORDINATE,
 * at the first non-finite loss, gradient or θ, and when the final report would hold a non-finite number.
 * `source` names the data in error messages.
 */
export function fitDataset(data: Dataset, options: FitOptions, source: string): FitReport {
  checkDataScale(data);
  const trainer = createTrainer(data, trainerConfig(runSettings(data.classes, options, source)));
  while (trainer.steps < options.maxSteps) {
    const step = trainer.advance();
    const nonFinite = nonFiniteInStep(step);
    if (nonFinite !== null) throw divergedError(nonFinite, trainer.steps + 1, options, largestStableRate(trainer, options));
    if (step.converged) break;
  }
  const report = finalReport(trainer, data, options);
  const nonFinite = firstNonFiniteField(report);
  if (nonFinite !== null) throw nonFiniteReportError(REPORT_FIELDS[nonFinite] ?? nonFinite, trainer.steps, options);
  return report;
}

/** How the error names a report field that is not finite. */
const REPORT_FIELDS: Readonly<Record<string, string>> = {
  loss: 'the loss J',
  gradNorm: 'the gradient',
  gradMaxNorm: 'the gradient',
  hessianEigenvalues: "the Hessian's spectrum",
  theta: 'θ',
  redundant: 'the class-mean m',
  probabilities: 'a probability',
};

/** 2/λmax(H) at the starting θ for gradient descent (teaching-math §8); null for other optimisers or a non-finite H. */
function largestStableRate(trainer: Trainer, options: FitOptions): number | null {
  if (!takesFullGradientSteps(options.run.optimizer, Number.POSITIVE_INFINITY)) return null;
  trainer.reset();
  return stableLearningRateAt(trainer.objective, trainer.free());
}

function finalReport(trainer: Trainer, data: Dataset, options: FitOptions): FitReport {
  const { objective } = trainer;
  const free = trainer.free();
  // J and ∇J from the trainer's two parts (θ − m and m): the free vector alone misses m's L2 term.
  const { loss, gradNorm, gradMaxNorm } = trainer.evaluate();
  const theta = trainer.theta();
  const separation = classifySeparation(data);
  const existence = minimiserExistence(data, separation, objective.spec);
  const noMinimiser = existence.kind === 'none' ? existence.reason : null;
  return {
    theta: thetaRows(theta, data.classes),
    loss,
    gradNorm,
    gradMaxNorm,
    steps: trainer.steps,
    converged: noMinimiser === null && gradMaxNorm <= options.run.tolerance,
    noMinimiser,
    diverged: false,
    redundant: trainer.redundant(),
    hessianEigenvalues: Array.from(symmetricEigen(trainer.hessian(), objective.dimension).values),
    separable: separation === 'completelySeparable',
    separation,
    probabilities: rows(objective.probabilities(free), data.classes),
  };
}

/** The CLI's options in the flat shape every run takes (lab, race lane, CLI). */
function runSettings(classes: number, options: FitOptions, source: string): RunSettings {
  return { ...options.run, referenceClass: referenceClass(classes, options, source) };
}

function referenceClass(classes: number, options: FitOptions, source: string): number {
  const reference = options.referenceClass ?? classes - 1;
  if (reference >= classes) {
    throw new FitOptionsError(`--reference-class ${reference} is not a class of ${source}, whose labels run from 0 to ${classes - 1}`);
  }
  return reference;
}

/** A row-major table as an array of rows. */
function rows(table: Float64Array, width: number): number[][] {
  return Array.from({ length: table.length / width }, (_, i) => Array.from(table.subarray(i * width, (i + 1) * width)));
}
