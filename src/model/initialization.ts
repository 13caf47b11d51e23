import { createRng } from './rng';
import { identifiablePart, redundantComponent, ROW } from './parameters';

export type InitKind = 'zeros' | 'random';

/** How θ starts. Plain data. */
export interface InitSettings {
  readonly kind: InitKind;
  /** Seeds the random start. */
  readonly seed: number;
  /** Standard deviation of each entry of the random start. */
  readonly scale: number;
  /** c = (c_b, c_w1, c_w2) added to every class row: a start that differs only in its redundant part. */
  readonly offset: readonly [number, number, number];
}

export const DEFAULT_INIT: InitSettings = { kind: 'zeros', seed: 1, scale: 0.5, offset: [0, 0, 0] };

/** The K×3 starting θ. The same settings always give the same θ. */
export function initialTheta(classes: number, init: InitSettings): Float64Array {
  const theta = new Float64Array(ROW * classes);
  const rng = createRng(init.seed);
  for (let j = 0; j < theta.length; j++) {
    theta[j] = (init.kind === 'random' ? init.scale * rng.normal() : 0) + init.offset[j % ROW];
  }
  return theta;
}

/** θ split as θ − m and the class-mean m (the starting point of a trainer). */
export interface ThetaParts {
  /** θ − m, K×3; each column sums to zero over the classes. */
  readonly identifiable: Float64Array;
  /** m = (1/K) Σ_k θ_k. */
  readonly redundant: readonly [number, number, number];
}

/**
 * The starting θ in two parts. The offset c is added to every row, so it belongs to m alone: kept apart from the
 * random draw, an offset of any size leaves θ − m exact.
 */
export function initialParts(classes: number, init: InitSettings): ThetaParts {
  const draw = initialTheta(classes, { ...init, offset: [0, 0, 0] });
  const drawMean = redundantComponent(draw, classes);
  return {
    identifiable: identifiablePart(draw, classes),
    redundant: [drawMean[0] + init.offset[0], drawMean[1] + init.offset[1], drawMean[2] + init.offset[2]],
  };
}
