import type { Dataset } from '../../src/model/dataset';
import { DEFAULT_INIT } from '../../src/model/initialization';
import { DEFAULT_OPTIMIZER_SETTINGS } from '../../src/model/optimizers';
import { createTrainer } from '../../src/model/trainer';
import { allocationPerCall, garbageCollector, type AllocationSample } from './allocation';
import { createEngineGradientStep, createEngineNewtonStep } from './engineSteps';
import { benchDataset, LEARNING_RATE, startTheta } from './workload';

export interface AllocationCheck {
  readonly name: string;
  /** Bytes per call at N = 1000 and at N = 10000 (K = 5). */
  readonly small: AllocationSample;
  readonly large: AllocationSample;
  /** Extra bytes per call per extra point: 0 when nothing is allocated per point, 8 for one Float64 per point. */
  readonly bytesPerPoint: number;
  readonly perPointFree: boolean;
  /** A deliberately allocating step that proves the check can see what it looks for: it must not pass. */
  readonly control: boolean;
}

const SMALL = 1000;
const LARGE = 10_000;

async function check(name: string, calls: number, make: (data: Dataset) => () => void, control = false): Promise<AllocationCheck> {
  const collect = garbageCollector();
  // JIT compilation puts code and feedback on the heap too: warm up with as many calls as are measured, and keep
  // the median of five measurements.
  const sample = async (n: number) => {
    const run = make(benchDataset(n, 5));
    for (let i = 0; i < calls; i++) run();
    const trials: AllocationSample[] = [];
    for (let trial = 0; trial < 5; trial++) trials.push(await allocationPerCall(run, calls, collect));
    return trials.sort((a, b) => a.bytesPerCall - b.bytesPerCall)[2];
  };
  const small = await sample(SMALL);
  const large = await sample(LARGE);
  const bytesPerPoint = (large.bytesPerCall - small.bytesPerCall) / (LARGE - SMALL);
  // One Float64 per point shows as 8 bytes, one Uint8 as 1; the measurement's own noise is below 0.05.
  const perPointFree = small.collections === 0 && large.collections === 0 && Math.abs(bytesPerPoint) < 0.5;
  return { name, small, large, bytesPerPoint, perPointFree, control };
}

/** Does a step allocate anything whose size grows with N? Compares the bytes per step at N = 1000 and 10000. */
export async function runAllocationChecks(): Promise<AllocationCheck[]> {
  const trainerConfig = {
    objective: { parametrization: { kind: 'full', referenceClass: 0 }, l2: 0, penalizeBias: false },
    optimizer: { ...DEFAULT_OPTIMIZER_SETTINGS, kind: 'gd', learningRate: LEARNING_RATE },
    init: DEFAULT_INIT,
    tolerance: 0,
  } as const;
  return [
    await check('GD optimizer.step', 200, (data) => {
      const step = createEngineGradientStep(data, LEARNING_RATE);
      const theta = startTheta(data.classes);
      return () => step(theta);
    }),
    await check('GD trainer.advance', 200, (data) => {
      const trainer = createTrainer(data, trainerConfig);
      return () => trainer.advance();
    }),
    await check('Newton step', 30, (data) => createEngineNewtonStep(data, startTheta(data.classes))),
    await check(
      'control: Float64Array(N)',
      30,
      (data) => {
        let sink = 0;
        // Returning the running sum keeps the allocation observable, so the JIT cannot drop it.
        return () => (sink += new Float64Array(data.labels.length).length);
      },
      true,
    ),
  ];
}
