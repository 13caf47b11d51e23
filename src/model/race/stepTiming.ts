/** A lane's wall time per optimiser step, smoothed over frames. */
export interface StepTiming {
  /** NaN before any timed step. */
  readonly microseconds: number;
  /** Frames that contributed. */
  readonly frames: number;
}

export const UNTIMED: StepTiming = { microseconds: Number.NaN, frames: 0 };

/** Weight of the latest frame: a browser's clock ticks in 0.1 ms, too coarse for one frame of fast steps alone. */
export const TIMING_SMOOTHING = 0.3;

/**
 * Folds one frame's `steps` steps, which took `milliseconds`, into the timing. The first frame includes the
 * engine compiling the optimiser's code, so it only stands in until the second frame replaces it; after that,
 * frames are averaged exponentially.
 */
export function recordFrameTiming(timing: StepTiming, milliseconds: number, steps: number): StepTiming {
  if (steps <= 0) return timing;
  const latest = (1000 * milliseconds) / steps;
  const microseconds = timing.frames <= 1 ? latest : timing.microseconds + TIMING_SMOOTHING * (latest - timing.microseconds);
  return { microseconds, frames: timing.frames + 1 };
}
