import { visibleSamples, type CurveHistory, type CurveSample } from './curveHistory';

/**
 * What a curve should draw: the recorded samples and then `current`, the state at the current step. The history
 * records each step's θ *before* that step is taken, so without `current` the curves would stop one step short
 * of θ as it is now, and a shift of all classes (which takes no step) would not show at all.
 */
export function samplesThroughCurrent(history: CurveHistory, current: CurveSample): CurveSample[] {
  const samples = visibleSamples(history);
  while (samples.length > 0 && samples[samples.length - 1].step >= current.step) samples.pop();
  samples.push(current);
  return samples;
}
