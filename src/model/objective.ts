import type { Dataset } from './dataset';
import { dataHessian, dataTermAndGradient, probabilityTable } from './dataTerm';
import { expandInto, freeDimension, freeRows, ROW, type Parametrization } from './parameters';
import { combineInto, createSplitPoint, splitInto, type SplitPoint } from './splitPoint';

/** Everything that defines J besides the data. Plain data. */
export interface ObjectiveSpec {
  readonly parametrization: Parametrization;
  /** λ ≥ 0 in (λ/2) Σ_k ‖θ_k‖². */
  readonly l2: number;
  /** Whether b_k is in that sum (the textbook formula) or left out (scikit-learn's convention). */
  readonly penalizeBias: boolean;
}

/** The objective as a key: two specs with the same key are the same J on the same points (the same minimisers). */
export const objectiveKey = (spec: ObjectiveSpec): string =>
  `${spec.parametrization.kind === 'full' ? 'full' : `reference ${spec.parametrization.referenceClass}`} λ=${spec.l2} bias=${spec.penalizeBias}`;

/**
 * J(θ) = (1/N) Σ_n −log P(y_n|x_n) + (λ/2) Σ penalised θ², as a function of the free parameters.
 * Holds its own scratch buffers so that evaluating it allocates nothing.
 */
export interface Objective {
  readonly data: Dataset;
  readonly spec: ObjectiveSpec;
  readonly classes: number;
  /** Number of free parameters. */
  readonly dimension: number;
  /** 1 where a free parameter is penalised by L2, 0 where not. */
  readonly penaltyMask: Float64Array;
  /**
   * J at the two-part point, restricted to `batch` for the data term if given; fills `gradient` (in two parts:
   * ∂J/∂θ_k = gradient.free_k + gradient.offset) if given. The data term reads only `point.free`, so its value does
   * not depend on the size of the offset; the offset enters only the L2 term, as K‖m‖².
   */
  evaluateParts(point: SplitPoint, gradient?: SplitPoint, batch?: Int32Array): number;
  /** J at a plain vector of free parameters (split into two parts first); fills `gradient` if given. */
  evaluate(free: Float64Array, gradient?: Float64Array, batch?: Int32Array): number;
  /** The exact Hessian of J with respect to the free parameters, dimension×dimension row-major. */
  hessian(free: Float64Array): Float64Array;
  /** P(y=k|x_n), N×K row-major. */
  probabilities(free: Float64Array): Float64Array;
  /** The K×3 θ for a free vector (reference row as zeros). */
  theta(free: Float64Array): Float64Array;
}

export function createObjective(data: Dataset, spec: ObjectiveSpec): Objective {
  const { classes } = data;
  const { parametrization } = spec;
  if (!(spec.l2 >= 0) || !Number.isFinite(spec.l2)) throw new RangeError(`L2 strength must be a finite number ≥ 0, got ${spec.l2}`);
  if (parametrization.kind === 'reference') {
    const r = parametrization.referenceClass;
    if (!Number.isInteger(r) || r < 0 || r >= classes) {
      throw new RangeError(`reference class must be an integer from 0 to ${classes - 1}, got ${r}`);
    }
  }
  const dimension = freeDimension(classes, parametrization);
  const rows = freeRows(classes, parametrization);
  const penaltyMask = new Float64Array(dimension);
  rows.forEach((_, j) => {
    penaltyMask[ROW * j] = spec.penalizeBias ? 1 : 0;
    penaltyMask[ROW * j + 1] = 1;
    penaltyMask[ROW * j + 2] = 1;
  });
  const thetaBuffer = new Float64Array(ROW * classes);
  const gradientBuffer = new Float64Array(ROW * classes);
  const probabilityBuffer = new Float64Array(classes);
  const full = parametrization.kind === 'full';
  // Scratch for evaluate(), which splits a plain vector into the two parts evaluateParts() reads.
  const plainPoint = createSplitPoint(dimension);
  const plainGradient = createSplitPoint(dimension);

  const theta = (free: Float64Array): Float64Array => {
    const out = new Float64Array(ROW * classes);
    expandInto(free, parametrization, out);
    return out;
  };

  const evaluateParts = (point: SplitPoint, gradient?: SplitPoint, batch?: Int32Array): number => {
    const { free, offset } = point;
    let loss: number;
    if (full) {
      loss = dataTermAndGradient(free, data, gradient?.free ?? null, probabilityBuffer, batch);
    } else {
      expandInto(free, parametrization, thetaBuffer);
      loss = dataTermAndGradient(thetaBuffer, data, gradient ? gradientBuffer : null, probabilityBuffer, batch);
      if (gradient) rows.forEach((k, j) => gradient.free.set(gradientBuffer.subarray(ROW * k, ROW * k + ROW), ROW * j));
    }
    if (gradient) gradient.offset.fill(0);
    if (spec.l2 > 0) {
      // Σ_k ‖θ_k‖² over penalised entries = ‖free‖² + K‖offset‖²: the cross terms vanish because free's columns
      // sum to zero. Written this way, a huge m never meets θ − m in one sum.
      let penalty = 0;
      for (let j = 0; j < dimension; j++) {
        const weighted = penaltyMask[j] * free[j];
        penalty += weighted * free[j];
        if (gradient) gradient.free[j] += spec.l2 * weighted;
      }
      let offsetPenalty = 0;
      for (let i = 0; i < ROW; i++) {
        const weighted = penaltyMask[i] * offset[i];
        offsetPenalty += weighted * offset[i];
        if (gradient) gradient.offset[i] = spec.l2 * weighted;
      }
      loss += 0.5 * spec.l2 * penalty + 0.5 * spec.l2 * classes * offsetPenalty;
    }
    return loss;
  };

  return {
    data,
    spec,
    classes,
    dimension,
    penaltyMask,
    theta,
    evaluateParts,
    evaluate(free, gradient, batch) {
      splitInto(free, parametrization.kind, plainPoint);
      const loss = evaluateParts(plainPoint, gradient ? plainGradient : undefined, batch);
      if (gradient) combineInto(plainGradient, gradient);
      return loss;
    },
    hessian(free) {
      const fullHessian = dataHessian(theta(free), data);
      const fullDim = ROW * classes;
      const out = new Float64Array(dimension * dimension);
      const index = rows.flatMap((k) => [ROW * k, ROW * k + 1, ROW * k + 2]);
      for (let i = 0; i < dimension; i++) {
        for (let j = 0; j < dimension; j++) out[i * dimension + j] = fullHessian[index[i] * fullDim + index[j]];
        out[i * dimension + i] += spec.l2 * penaltyMask[i];
      }
      return out;
    },
    probabilities(free) {
      return probabilityTable(theta(free), data);
    },
  };
}
