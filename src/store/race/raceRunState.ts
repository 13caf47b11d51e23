import type { CurveHistory } from '../../model/curveHistory';
import type { Dataset, Point } from '../../model/dataset';
import type { IdentifiableCurvature } from '../../model/identifiableCurvature';
import type { InitSettings } from '../../model/initialization';
import type { LossTarget } from '../../model/race/lossTarget';
import type { PlotDomain } from '../../model/plotDomain';
import type { Separation } from '../../model/separability';

/** What the race takes from the lab: its points, K and where θ starts. Plain data. */
export interface LabSnapshot {
  readonly points: readonly Point[];
  readonly classes: number;
  readonly init: InitSettings;
}

/**
 * A lane stops when it converges (‖∇J‖∞ ≤ RACE_STOP_GRADIENT where J has a minimiser), stalls (J no longer
 * changes in float64; where J has no minimiser, e.g. separated or quasi-separated points with λ = 0, the only way
 * it stops, as there is no minimiser to converge to) or diverges; the other lanes race on.
 */
export type LaneStatus = 'running' | 'converged' | 'stalled' | 'diverged';

export interface LaneHessian {
  /** h_max / h_min of the Hessian of the lane's objective in its free parameters; Infinity when singular. */
  readonly conditionNumber: number;
  readonly zeroEigenvalues: number;
  /**
   * Of those, how many the objective has at every finite θ, along directions no probability depends on
   * (probabilityFreeDirections); any beyond it are saturation.
   */
  readonly probabilityFree: number;
  /**
   * The curvature on the identifiable directions (θ − m for the full model, the free rows for a reference class):
   * what sets GD's speed, comparable between parametrisations (teaching-math §9).
   */
  readonly identifiable: IdentifiableCurvature;
}

/** How closely a lane's classifier matches the first lane's. */
export interface LaneAgreement {
  /** Fraction of the plot's pixels (a grid over the plot domain) given the same class. */
  readonly regions: number;
  /** Data points given the same class. */
  readonly points: number;
}

/** One lane's state, replaced (never mutated) whenever it changes. */
export interface LaneRun {
  readonly status: LaneStatus;
  /** Steps this lane has taken: the race's step until the lane stopped. */
  readonly steps: number;
  /** θ − m, K×3: what the lane's classifier is (its pictures and agreements are drawn from it). */
  readonly theta: Float64Array;
  readonly loss: number;
  /** ‖∇J‖₂ at the current θ. */
  readonly gradNorm: number;
  readonly thetaNorm: number;
  /** ‖m‖ for the class-mean m of θ (raw: includes floating-point crumbs near 1e-16 · ‖θ‖). */
  readonly redundantNorm: number;
  /** Free parameters the optimiser moves. */
  readonly parameters: number;
  // No wall time per step: it was measured on the frame loop, where the browser's coarse clock, rendering and
  // garbage collection made it jump between reads (one lane 39 → 62 → 10 µs) and rank lanes by noise. Steps to
  // a fixed target are the race's measure; they do not depend on the machine.
  /** J* of the lane's objective, fixed for the race; the target is J* + the race's tolerance. */
  readonly target: LossTarget;
  /** The loss minus J* (≥ 0); NaN where there is no J*. */
  readonly gap: number;
  /** First step at which the loss was within the tolerance of J*; null until then, and where there is no J*. Final once set. */
  readonly stepsToReach: number | null;
  /** Loss, ‖θ‖, ‖m‖… per step, thinned for long runs. */
  readonly history: CurveHistory;
  /** Refreshed at most every ANALYSIS_INTERVAL_MS while playing, and whenever the race stops. */
  readonly hessian: LaneHessian;
  /** Compared with the first lane (which agrees with itself). */
  readonly agreement: LaneAgreement;
}

export type RaceStatus = 'ready' | 'playing' | 'paused' | 'finished';

export interface RaceRunState {
  readonly lab: LabSnapshot;
  /** The race's points: the lab's, or the data set the race settings name. */
  readonly points: readonly Point[];
  readonly data: Dataset;
  readonly domain: PlotDomain;
  /** How the race's points lie (classifySeparation): with a lane's objective, whether its J has a minimiser. */
  readonly separation: Separation;
  readonly playing: boolean;
  readonly status: RaceStatus;
  /** A sentence about the last thing that went wrong or finished; null when there is none. */
  readonly message: string | null;
  /** Race steps taken: every running lane takes one step per race step. */
  readonly step: number;
  readonly lanes: readonly LaneRun[];
}

/** What the race takes from the lab: its points, K and initial θ. */
export function labSnapshot(state: { readonly points: LabSnapshot['points']; readonly classes: number; readonly init: LabSnapshot['init'] }): LabSnapshot {
  return { points: state.points, classes: state.classes, init: state.init };
}
