import type { ThetaParts } from './initialization';
import { euclideanNorm, ROW } from './parameters';

/** The split θ = m + (θ − m) that the Parameters panel and the curves show. */
export interface ThetaSummary {
  readonly redundant: readonly [number, number, number];
  /** ‖m‖₂. */
  readonly redundantNorm: number;
  /** ‖θ − m‖ over all K rows. */
  readonly identifiableNorm: number;
  /** ‖θ‖ over all K rows; ‖θ‖² = K‖m‖² + ‖θ − m‖² (the parts are orthogonal), combined without overflow. */
  readonly thetaNorm: number;
}

export function summarizeTheta(parts: ThetaParts): ThetaSummary {
  const classes = parts.identifiable.length / ROW;
  const redundantNorm = euclideanNorm(parts.redundant);
  const identifiableNorm = euclideanNorm(parts.identifiable);
  return { redundant: parts.redundant, redundantNorm, identifiableNorm, thetaNorm: Math.hypot(Math.sqrt(classes) * redundantNorm, identifiableNorm) };
}
