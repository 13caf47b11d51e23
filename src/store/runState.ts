import type { Separation } from '../model/separability';
import type { MinimiserExistence } from '../model/minimiserExistence';
import type { LabSettings } from './settings';
import type { ThetaParts } from '../model/initialization';
import type { TrajectoryMove } from './trajectory';
import type { CurveHistory } from '../model/curveHistory';
import type { Dataset } from '../model/dataset';
import type { ThetaSummary } from '../model/thetaSummary';
import type { StepDiagnostics } from '../model/optimizers';
import type { RunReport } from './runMessages';
import type { MinimiserStableStep } from '../model/minimiserStableStep';

/**
 * What the lab tells the user: a report of the run's facts (worded by runMessages.ts, which the view showing it
 * loads) or the sentence that refused a change.
 */
export type LabMessage = RunReport | string;

/** Said when there are no points: training has nothing to fit. */
export const NO_POINTS: RunReport = { kind: 'no-points' };

export type RunStatus = 'ready' | 'playing' | 'paused' | 'converged' | 'diverged';

/** J, ∇J and accuracy at the current θ (not at the θ before the last step, which is what step diagnostics give). */
export interface CurrentEvaluation {
  readonly loss: number;
  readonly gradNorm: number;
  readonly gradMaxNorm: number;
  readonly accuracy: number;
}

/**
 * The state of the run: derived from the settings and the steps taken, so it is not part of what a URL stores.
 * Every field is replaced (never mutated) when it changes, so subscribers can compare by identity.
 */
export interface RunState {
  readonly data: Dataset;
  /**
   * How the points lie for the K-class linear model (classifySeparation), found off the main thread when they
   * change: null until it is known (then, with λ = 0, whether J has a minimiser is not known either).
   */
  readonly separation: Separation | null;
  /** Whether J has a minimiser on these points under the current objective, and if not, why. */
  readonly existence: MinimiserExistence;
  readonly playing: boolean;
  readonly status: RunStatus;
  /** A sentence for the user about the last thing that went wrong or finished; null when there is none. */
  readonly message: LabMessage | null;
  readonly step: number;
  /** The K×3 θ, row-major, for display: at a huge class-mean its rows lose the digits of θ − m. */
  readonly theta: Float64Array;
  /**
   * θ − m, K×3 (rows sum to zero), held exactly whatever the size of m. Every probability, picture and
   * curvature is computed from this, never from θ.
   */
  readonly identifiable: Float64Array;
  readonly summary: ThetaSummary;
  readonly current: CurrentEvaluation;
  /** Diagnostics of the last optimiser step, null before the first. */
  readonly lastStep: StepDiagnostics | null;
  readonly history: CurveHistory;
  /**
   * Recent θ, oldest first, bounded, each as θ − m and m (so a huge shift costs them no digits): the loss-surface
   * panel projects them as a trajectory, the shift pad draws the path of m.
   */
  readonly trajectory: readonly ThetaParts[];
  /** trajectoryMoves[i] took trajectory[i] to trajectory[i + 1]: a step or a shift (which is no step). */
  readonly trajectoryMoves: readonly TrajectoryMove[];
  /**
   * 2/hₘₐₓ(H(θ*)) at the minimiser for the current points, separation and objective, or why there is none: null
   * until asked for (findMinimiserStep), `answer` null while Newton's method runs in a worker. Cleared when any of
   * the three changes; θ* does not move while training does, so one search serves the whole run.
   */
  readonly minimiserStep: { readonly answer: MinimiserStableStep | null } | null;
  /** The settings before a change replaced points edited by hand, until Undo, a dismissal or the next change. */
  readonly restorable: LabSettings | null;
}
