import { createBaselineGradientStep } from './baseline';
import { createEngineGradientStep, createEngineNewtonStep } from './engineSteps';
import type { BenchRow } from './report';
import { compare, measure, warmUp } from './timing';
import { benchDataset, LEARNING_RATE, startTheta } from './workload';

/** Each timed block lasts at least this long; short blocks in many rounds keep paired blocks under the same load. */
export const BLOCK_NS = 1e6;
export const ROUNDS = 41;
const WARM_UP_NS = 1e8;

/** Median times of one engine GD step, the same step as a bare loop, and one Newton step, at one (N, K). */
export function measureStepTimes(n: number, classes: number): BenchRow {
  const data = benchDataset(n, classes);
  const start = startTheta(classes);
  const engineTheta = new Float64Array(start.length);
  const baselineTheta = new Float64Array(start.length);
  const engineStep = createEngineGradientStep(data, LEARNING_RATE);
  const baselineStep = createBaselineGradientStep(data, LEARNING_RATE);
  const engine = () => {
    engineTheta.set(start);
    engineStep(engineTheta);
  };
  const baseline = () => {
    baselineTheta.set(start);
    baselineStep(baselineTheta);
  };
  const newton = createEngineNewtonStep(data, start);
  for (const run of [engine, baseline, newton]) warmUp(run, WARM_UP_NS);
  const gradient = compare(engine, baseline, ROUNDS, BLOCK_NS);
  const newtonStep = measure(newton, ROUNDS, BLOCK_NS);
  return { n, classes, gradientStep: gradient.a, baselineStep: gradient.b, ratio: gradient.ratio, newtonStep };
}
