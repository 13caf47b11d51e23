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

/** ‖θ − m‖ against ln t, from step 1 on (step 0 has no logarithm): growth like log t is a straight line here. */
export function normAgainstLogStep(samples: readonly CurveSample[]): LogStepDatum[] {
  return samples.filter((sample) => sample.step >= 1).map((sample) => ({ step: Math.log(sample.step), t: sample.step, identifiableNorm: sample.identifiableNorm }));
}
