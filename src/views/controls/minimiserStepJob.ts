import type { Dataset } from '../../model/dataset';
import type { MinimiserStableStep } from '../../model/minimiserStableStep';
import type { ObjectiveSpec } from '../../model/objective';
import type { Separation } from '../../model/separability';

/** One minimiser's step limit to find off the main thread: Newton from `start` (the free parameters at the current θ). */
export interface MinimiserStepJob {
  readonly data: Dataset;
  readonly spec: ObjectiveSpec;
  /** Null while it is being found: then only an objective with L2 (whose minimiser exists whatever it is) is asked for. */
  readonly separation: Separation | null;
  readonly start: Float64Array;
}

/** The worker's answer, or the message of what it threw. */
export type MinimiserStepReply = { readonly answer: MinimiserStableStep } | { readonly error: string };
