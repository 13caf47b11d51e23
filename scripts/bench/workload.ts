import { toDataset, type Dataset } from '../../src/model/dataset';
import { generatePreset } from '../../src/model/datasets/presets';
import { DEFAULT_INIT, initialTheta } from '../../src/model/initialization';

export const LEARNING_RATE = 0.1;

/** Overlapping blobs: every class present, no separable shortcut, the same points on every run. */
export function benchDataset(n: number, classes: number): Dataset {
  return toDataset(generatePreset('overlapping', { classes, count: n, noise: 1, seed: 1 }).points, classes);
}

/**
 * Every timed step starts from this θ (a seeded random start, typical of training): the cost of exp depends on
 * its argument, so two contenders walking different trajectories would not be doing the same work.
 */
export function startTheta(classes: number): Float64Array {
  return initialTheta(classes, { ...DEFAULT_INIT, kind: 'random', scale: 1, seed: 1 });
}
