import type { Dataset } from './dataset';
import type { ThetaParts } from './initialization';
import type { ObjectiveSpec } from './objective';
import { classSums, redundantComponent, ROW } from './parameters';

type Row = readonly [number, number, number];

/** What one gradient-descent step is made of, for one chosen point and the whole data set (teaching-math §1, §3). */
export interface StepAnatomy {
  readonly classes: number;
  readonly pointCount: number;
  /** The chosen point's index, its x̃ = (1, x1, x2) and its label. */
  readonly point: number;
  readonly xTilde: Row;
  readonly label: number;
  /** θ, K×3 row-major: (θ − m) + m. */
  readonly theta: Float64Array;
  /** z_k = θ_k·x̃ at the chosen point. */
  readonly logits: readonly number[];
  /**
   * z_k − max_j z_j, computed from θ − m (the same number in exact algebra: m·x̃ cancels), so a huge class-mean
   * costs it no digits.
   */
  readonly shifted: readonly number[];
  /** exp(z_k − max_j z_j), in (0, 1], and their sum (at least 1). */
  readonly exps: readonly number[];
  readonly expSum: number;
  /** P(y = k | x) at the chosen point. */
  readonly probabilities: readonly number[];
  /** P(k | x) − [y = k] at the chosen point; they sum to zero over k. */
  readonly residuals: readonly number[];
  /** The chosen point's share of the data gradient: (1/N)(P(k|x) − [y = k]) x̃, K×3. */
  readonly contribution: Float64Array;
  /** (1/N) Σ_n (P(k|x_n) − [y_n = k]) x̃_n, K×3. */
  readonly dataGradient: Float64Array;
  /** Σ_k of the data gradient's rows: zero up to rounding. */
  readonly dataClassSum: Row;
  /** λθ_k on the penalised entries (the bias entry 0 when the bias is not penalised), K×3. */
  readonly penalty: Float64Array;
  /** g_k = data gradient + L2 term, K×3. */
  readonly gradient: Float64Array;
  /** The row a reference class holds at 0 (the step leaves it there); null under the full parametrisation. */
  readonly fixedRow: number | null;
  /** −η g_k (0 for the fixed row), K×3. */
  readonly update: Float64Array;
  /** θ − η g, K×3: the point one GD step on all points lands on. */
  readonly thetaAfter: Float64Array;
  /** The class-mean m = (1/K) Σ_k θ_k before and after the step. */
  readonly meanBefore: Row;
  readonly meanAfter: Row;
}

export interface StepAnatomyInput {
  readonly data: Dataset;
  /** θ as θ − m and m (the store's `identifiable` and `summary.redundant`). */
  readonly parts: ThetaParts;
  readonly spec: ObjectiveSpec;
  readonly learningRate: number;
  /** Index of the chosen point (0 ≤ point < N). */
  readonly point: number;
}

const dotRow = (theta: ArrayLike<number>, k: number, x: Row) => theta[ROW * k] * x[0] + theta[ROW * k + 1] * x[1] + theta[ROW * k + 2] * x[2];

/** exp(z_k − max z) and P at x̃ from θ − m: the max-subtraction trick, kept step by step. */
function softmaxParts(identifiable: Float64Array, classes: number, x: Row) {
  const scores = Array.from({ length: classes }, (_, k) => dotRow(identifiable, k, x));
  const max = Math.max(...scores);
  const shifted = scores.map((z) => z - max);
  const exps = shifted.map(Math.exp);
  const expSum = exps.reduce((sum, e) => sum + e, 0);
  return { shifted, exps, expSum, probabilities: exps.map((e) => e / expSum) };
}

/**
 * One plain gradient-descent step on all points, taken apart: the chosen point's logits and softmax, the
 * gradient rows (1/N) Σ_n (P(k|x_n) − [y_n = k]) x̃_n + λθ_k, and θ ← θ − η g with the class-mean before and
 * after. Written out term by term, independently of the trainer's engine, so that a test can hold the two
 * against each other. Throws a RangeError for no points, a point out of range or a non-positive η.
 */
export function stepAnatomy({ data, parts, spec, learningRate, point }: StepAnatomyInput): StepAnatomy {
  const { classes } = data;
  const pointCount = data.labels.length;
  if (pointCount === 0) throw new RangeError('a step needs at least one point');
  if (!Number.isInteger(point) || point < 0 || point >= pointCount) throw new RangeError(`point must be an integer from 0 to ${pointCount - 1}, got ${point}`);
  if (!(learningRate > 0) || !Number.isFinite(learningRate)) throw new RangeError(`learning rate must be a finite number > 0, got ${learningRate}`);
  const { identifiable, redundant } = parts;
  const theta = identifiable.map((value, j) => value + redundant[j % ROW]);
  const xOf = (n: number): Row => [1, data.x1[n], data.x2[n]];

  const dataGradient = new Float64Array(ROW * classes);
  for (let n = 0; n < pointCount; n++) {
    const x = xOf(n);
    const { probabilities } = softmaxParts(identifiable, classes, x);
    for (let k = 0; k < classes; k++) {
      const residual = probabilities[k] - (data.labels[n] === k ? 1 : 0);
      for (let i = 0; i < ROW; i++) dataGradient[ROW * k + i] += residual * x[i];
    }
  }
  for (let j = 0; j < dataGradient.length; j++) dataGradient[j] /= pointCount;

  const x = xOf(point);
  const label = data.labels[point];
  const chosen = softmaxParts(identifiable, classes, x);
  const residuals = chosen.probabilities.map((p, k) => p - (label === k ? 1 : 0));
  const contribution = Float64Array.from({ length: ROW * classes }, (_, j) => (residuals[Math.floor(j / ROW)] * x[j % ROW]) / pointCount);

  const fixedRow = spec.parametrization.kind === 'reference' ? spec.parametrization.referenceClass : null;
  const penalised = (i: number) => i > 0 || spec.penalizeBias;
  const penalty = theta.map((value, j) => (penalised(j % ROW) ? spec.l2 * value : 0));
  const gradient = dataGradient.map((value, j) => value + penalty[j]);
  const update = gradient.map((value, j) => (Math.floor(j / ROW) === fixedRow ? 0 : -learningRate * value));
  const thetaAfter = theta.map((value, j) => value + update[j]);
  // m moves by the mean of the update rows: 0 for the data part (its rows sum to zero), −ηλm for the L2 part.
  const updateMean = redundantComponent(update, classes);
  return {
    classes,
    pointCount,
    point,
    xTilde: x,
    label,
    theta,
    logits: Array.from({ length: classes }, (_, k) => dotRow(theta, k, x)),
    ...chosen,
    residuals,
    contribution,
    dataGradient,
    dataClassSum: classSums(dataGradient, classes),
    penalty,
    gradient,
    fixedRow,
    update,
    thetaAfter,
    meanBefore: redundant,
    meanAfter: [redundant[0] + updateMean[0], redundant[1] + updateMean[1], redundant[2] + updateMean[2]],
  };
}
