import type { CurveSample } from '../model/curveHistory';
import type { RunState } from './runState';

/** The run at its current step as one curve sample: the point the curves end at and the run's export ends with. */
export function currentSample({ step, theta, current, summary }: Pick<RunState, 'step' | 'theta' | 'current' | 'summary'>): CurveSample {
  return {
    step,
    theta,
    loss: current.loss,
    accuracy: current.accuracy,
    gradNorm: current.gradNorm,
    redundantNorm: summary.redundantNorm,
    identifiableNorm: summary.identifiableNorm,
    thetaNorm: summary.thetaNorm,
  };
}
