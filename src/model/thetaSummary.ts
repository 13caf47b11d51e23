import { euclideanNorm, redundantComponent, ROW } from './parameters';

/** The split θ = m + (θ − m) that the Parameters panel and the curves show. */
export interface ThetaSummary {
  readonly redundant: readonly [number, number, number];
  /** ‖m‖₂. */
  readonly redundantNorm: number;
  /** ‖θ − m‖ over all K rows. */
  readonly identifiableNorm: number;
  /** ‖θ‖ over all K rows; ‖θ‖² = K‖m‖² + ‖θ − m‖². */
  readonly thetaNorm: number;
}

export function summarizeTheta(theta: Float64Array, classes: number): ThetaSummary {
  const redundant = redundantComponent(theta, classes);
  let identifiable = 0;
  for (let j = 0; j < ROW * classes; j++) identifiable += (theta[j] - redundant[j % ROW]) ** 2;
  return {
    redundant,
    redundantNorm: euclideanNorm(redundant),
    identifiableNorm: Math.sqrt(identifiable),
    thetaNorm: euclideanNorm(theta),
  };
}
