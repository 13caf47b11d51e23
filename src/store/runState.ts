import type { CurveHistory } from '../model/curveHistory';
import type { Dataset } from '../model/dataset';
import type { ThetaSummary } from '../model/thetaSummary';
import type { StepDiagnostics } from '../model/optimizers';

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
  readonly separable: boolean;
  readonly playing: boolean;
  readonly status: RunStatus;
  /** A sentence for the user about the last thing that went wrong or finished; null when there is none. */
  readonly message: string | null;
  readonly step: number;
  /** The K×3 θ, row-major. */
  readonly theta: Float64Array;
  readonly summary: ThetaSummary;
  readonly current: CurrentEvaluation;
  /** Diagnostics of the last optimiser step, null before the first. */
  readonly lastStep: StepDiagnostics | null;
  readonly history: CurveHistory;
  /** Recent θ (K×3 each), oldest first, bounded: the loss-surface panel projects them as a trajectory. */
  readonly trajectory: readonly Float64Array[];
}
