import { createBaselineGradientStep } from './baseline';
import { measure, warmUp } from './timing';
import { benchDataset, LEARNING_RATE, startTheta } from './workload';

/**
 * The hand-tight loop's gradient-descent steps per second at (N, K) in Node: `npm run bench`'s baseline, the
 * yardstick for the browser's top speed. Median over 41 blocks of ≥ 1 ms, and the fastest block.
 */
export function loopStepsPerSecond(n: number, classes: number): { median: number; best: number } {
  const data = benchDataset(n, classes);
  const start = startTheta(classes);
  const theta = new Float64Array(start.length);
  const step = createBaselineGradientStep(data, LEARNING_RATE);
  const run = () => {
    theta.set(start);
    step(theta);
  };
  warmUp(run, 1e8);
  const { median, best } = measure(run, 41, 1e6);
  return { median: 1e9 / median, best: 1e9 / best };
}
