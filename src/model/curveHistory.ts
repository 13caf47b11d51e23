/** The quantities recorded per training step for the curves. */
export const CURVE_SERIES = ['loss', 'accuracy', 'gradNorm', 'redundantNorm', 'identifiableNorm', 'thetaNorm'] as const;
export type CurveSeries = (typeof CURVE_SERIES)[number];

/** What one kept step recorded: the series, and θ (K×3) where the optimiser evaluated them, for the run's export. */
export type CurveSample = { readonly step: number; readonly theta: Float64Array } & { readonly [S in CurveSeries]: number };

/**
 * A bounded record of a run: keeps at most `capacity` samples however long the run. When full it keeps every
 * third sample and from then on records only every `stride`-th step (tripled each time), so a 10^6-step run
 * holds samples spread evenly over its whole length in constant memory. The newest sample is always kept
 * apart, so the curves reach the current step.
 */
export interface CurveHistory {
  readonly samples: readonly CurveSample[];
  readonly stride: number;
  readonly latest: CurveSample | null;
}

export function emptyHistory(): CurveHistory {
  return { samples: [], stride: 1, latest: null };
}

/** Whether a sample at `step` would be kept (callers skip computing costly series otherwise). */
export function wantsSample(history: CurveHistory, step: number): boolean {
  return step % history.stride === 0;
}

/** Returns a new history with `sample` recorded; the input is not modified. */
export function recordSample(history: CurveHistory, sample: CurveSample, capacity: number): CurveHistory {
  if (!wantsSample(history, sample.step)) return { ...history, latest: sample };
  let samples = [...history.samples, sample];
  let stride = history.stride;
  if (samples.length > capacity) {
    // An odd stride: GD above its step limit settles into a 2-cycle, and only an odd stride samples both of its
    // points alternately, so the loss curve keeps zig-zagging however long the run (an even one draws a flat line).
    stride *= 3;
    samples = samples.filter((s) => s.step % stride === 0);
  }
  return { samples, stride, latest: sample };
}

/** The kept samples followed by the latest one when it is not among them: what a chart should draw. */
export function visibleSamples(history: CurveHistory): CurveSample[] {
  const { samples, latest } = history;
  if (latest === null || samples.at(-1)?.step === latest.step) return [...samples];
  return [...samples, latest];
}
