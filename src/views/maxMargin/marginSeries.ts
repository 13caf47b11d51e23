import type { CurveSample } from '../../model/curveHistory';
import { angleToDirection } from '../../model/maxMarginAngle';
import type { LabCaches } from '../../store/labViews';

/** A point of the angle chart: the step, and the angle in degrees between θ − m and the SVM direction. */
export interface AngleDatum {
  readonly step: number;
  readonly degrees: number;
}

/** A point of the norm chart, drawn against ln t: `step` holds ln t (the chart's horizontal axis) and `t` the step. */
export interface LogStepDatum {
  readonly step: number;
  readonly t: number;
  readonly identifiableNorm: number;
}

/**
 * The angle at every sample, in degrees; NaN (not drawn) where θ − m is 0 or θ has lost the digits of θ − m to a
 * huge class-mean (see angleToDirection). A run keeps its samples (and their θ) as long as they are on the chart:
 * `anglesOf` (the lab's caches) keeps each angle, so it is computed once.
 */
export function angleSeries(
  samples: readonly CurveSample[],
  direction: Float64Array,
  anglesOf: LabCaches['marginAngles'] = new WeakMap(),
): AngleDatum[] {
  const cache = anglesOf.get(direction) ?? new WeakMap<CurveSample, number>();
  anglesOf.set(direction, cache);
  return samples.map((sample) => {
    let degrees = cache.get(sample);
    if (degrees === undefined) {
      degrees = (angleToDirection(sample.theta, direction) * 180) / Math.PI;
      cache.set(sample, degrees);
    }
    return { step: sample.step, degrees };
  });
}

/**
 * The first steps, whose angles the chart keeps however long the run: the curve history keeps every 3rd, then
 * every 9th, 27th … sample as a run grows, which would drop the steep start (on lesson 12's data the angle is
 * 13.5° at step 1 and 10° by step 27), and the chart's range with it.
 */
export const EARLY_STEPS = 100;

/**
 * The run's own memory of its first steps' angles (step → degrees), from the lab's caches: one per SVM direction
 * and run, a run being known by its step-0 sample, which the history keeps until a reset starts another.
 */
export function earlyAnglesOf(memory: LabCaches['marginEarlyAngles'], direction: Float64Array, runStart: CurveSample | undefined): Map<number, number> {
  if (runStart === undefined) return new Map();
  const runs = memory.get(direction) ?? new WeakMap<CurveSample, Map<number, number>>();
  memory.set(direction, runs);
  const early = runs.get(runStart) ?? new Map<number, number>();
  runs.set(runStart, early);
  return early;
}

/**
 * The angle series with the run's first EARLY_STEPS steps restored: records the early angles among `angles` in
 * `early` (the latest value of a step wins), then draws every remembered early step, then `angles` past them.
 */
export function withEarlyAngles(angles: readonly AngleDatum[], early: Map<number, number>): AngleDatum[] {
  for (const { step, degrees } of angles) if (step < EARLY_STEPS) early.set(step, degrees);
  const head = [...early].sort(([a], [b]) => a - b).map(([step, degrees]) => ({ step, degrees }));
  return [...head, ...angles.filter((datum) => datum.step >= EARLY_STEPS)];
}

/** ‖θ − m‖ against ln t, from step 1 on (step 0 has no logarithm): growth like log t is a straight line here. */
export function normAgainstLogStep(samples: readonly CurveSample[]): LogStepDatum[] {
  return samples.filter((sample) => sample.step >= 1).map((sample) => ({ step: Math.log(sample.step), t: sample.step, identifiableNorm: sample.identifiableNorm }));
}
