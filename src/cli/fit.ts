import { toDataset, type Dataset } from '../model/dataset';
import { parsePointsCsv } from '../model/csv';
import { symmetricEigen } from '../model/eigen';
import { DEFAULT_INIT } from '../model/initialization';
import { DEFAULT_OPTIMIZER_SETTINGS } from '../model/optimizers/types';
import { euclideanNorm, maxNorm, redundantComponent, thetaRows, type Parametrization } from '../model/parameters';
import { isLinearlySeparable } from '../model/separability';
import { createTrainer, type TrainerConfig } from '../model/trainer';
import type { FitOptions } from './fitArguments';

/** What `npm run fit` prints, everything evaluated at the final θ. Non-finite numbers print as null in JSON. */
export interface FitReport {
  /** K rows of [b, w1, w2]; under a reference class its row is zeros. */
  readonly theta: number[][];
  readonly loss: number;
  /** ‖∇J‖₂ over the free parameters. */
  readonly gradNorm: number;
  /** ‖∇J‖∞ over the free parameters, the quantity compared with the tolerance. */
  readonly gradMaxNorm: number;
  readonly steps: number;
  readonly converged: boolean;
  /** A step produced a non-finite θ or loss; θ is the last finite one and training stopped there. */
  readonly diverged: boolean;
  /** The class-mean m = (1/K) Σ_k θ_k as [b, w1, w2]. */
  readonly redundant: number[];
  /** Eigenvalues of the Hessian of J with respect to the free parameters, ascending. */
  readonly hessianEigenvalues: number[];
  readonly separable: boolean;
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

/** Reads CSV text (throws CsvError naming `source`, line and field) and fits it; see fitDataset. */
export function fitCsv(text: string, source: string, options: FitOptions): FitReport {
  const { points, classes } = parsePointsCsv(text, source);
  return fitDataset(toDataset(points, classes), options, source);
}

/**
 * Trains from the configured start until ‖∇J‖∞ ≤ tolerance, a step diverges, or maxSteps steps have been taken,
 * through the same trainer the app uses. `source` names the data in error messages.
 */
export function fitDataset(data: Dataset, options: FitOptions, source: string): FitReport {
  const trainer = createTrainer(data, trainerConfig(data.classes, options, source));
  let diverged = false;
  while (trainer.steps < options.maxSteps) {
    const step = trainer.advance();
    if (step.converged) break;
    if (step.diverged) {
      diverged = true;
      break;
    }
  }
  const { objective } = trainer;
  const free = trainer.free();
  const gradient = new Float64Array(objective.dimension);
  const loss = objective.evaluate(free, gradient);
  const gradMaxNorm = maxNorm(gradient);
  const theta = trainer.theta();
  return {
    theta: thetaRows(theta, data.classes),
    loss,
    gradNorm: euclideanNorm(gradient),
    gradMaxNorm,
    steps: trainer.steps,
    converged: gradMaxNorm <= options.tolerance,
    diverged,
    redundant: redundantComponent(theta, data.classes),
    hessianEigenvalues: Array.from(symmetricEigen(objective.hessian(free), objective.dimension).values),
    separable: isLinearlySeparable(data),
    probabilities: rows(objective.probabilities(free), data.classes),
  };
}

function trainerConfig(classes: number, options: FitOptions, source: string): TrainerConfig {
  return {
    objective: { parametrization: parametrization(classes, options, source), l2: options.l2, penalizeBias: options.penalizeBias },
    optimizer: {
      ...DEFAULT_OPTIMIZER_SETTINGS,
      kind: options.optimizer,
      learningRate: options.learningRate,
      batchSize: options.batchSize,
      seed: options.seed,
    },
    init: { ...DEFAULT_INIT, kind: options.init, seed: options.seed },
    tolerance: options.tolerance,
  };
}

function parametrization(classes: number, options: FitOptions, source: string): Parametrization {
  const referenceClass = options.referenceClass ?? classes - 1;
  if (referenceClass >= classes) {
    throw new FitOptionsError(
      `--reference-class ${referenceClass} is not a class of ${source}, whose labels run from 0 to ${classes - 1}`,
    );
  }
  return { kind: options.parametrization, referenceClass };
}

/** A row-major table as an array of rows. */
function rows(table: Float64Array, width: number): number[][] {
  return Array.from({ length: table.length / width }, (_, i) => Array.from(table.subarray(i * width, (i + 1) * width)));
}
