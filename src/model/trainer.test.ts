import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { toDataset, type Dataset } from './dataset';
import { generatePreset } from './datasets/presets';
import { DEFAULT_INIT, initialTheta } from './initialization';
import { DEFAULT_OPTIMIZER_SETTINGS, OPTIMIZER_KINDS, type OptimizerKind } from './optimizers';
import { LARGEST_CLASS_MEAN, ROW } from './parameters';
import { arbitraryDataset } from './testing/fixtures';
import { createTrainer, type TrainerConfig } from './trainer';

const CONFIG: TrainerConfig = {
  objective: { parametrization: { kind: 'full', referenceClass: 0 }, l2: 0, penalizeBias: false },
  optimizer: { ...DEFAULT_OPTIMIZER_SETTINGS, kind: 'gd', learningRate: 0.5 },
  init: { ...DEFAULT_INIT, kind: 'random', seed: 3 },
  tolerance: 1e-9,
};

function overlapping(classes: number): Dataset {
  const { points } = generatePreset('overlapping', { classes, count: 120, noise: 1, seed: 2 });
  return toDataset(points, classes);
}

function advance(trainer: ReturnType<typeof createTrainer>, steps: number) {
  for (let i = 0; i < steps; i++) trainer.advance();
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number) {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < actual.length; i++) expect(Math.abs(actual[i] - expected[i])).toBeLessThanOrEqual(tolerance);
}

describe('trainer', () => {
  it('starts from the seeded initial θ and counts the steps it takes', () => {
    const trainer = createTrainer(overlapping(3), CONFIG);
    expectClose(trainer.theta(), initialTheta(3, CONFIG.init), 1e-15);
    const step = trainer.advance();
    expect(step.step).toBe(1);
    expect(trainer.steps).toBe(1);
    expect(step.diverged).toBe(false);
  });

  test.prop([fc.constantFrom<OptimizerKind>(...OPTIMIZER_KINDS), fc.double({ min: 1e-4, max: 10, noNaN: true })])(
    'configure() keeps θ and the step count when the optimiser or the learning rate changes',
    (kind, learningRate) => {
      const trainer = createTrainer(overlapping(3), CONFIG);
      advance(trainer, 5);
      const before = trainer.theta();
      trainer.configure({ ...CONFIG, optimizer: { ...CONFIG.optimizer, kind, learningRate } });
      expect(Array.from(trainer.theta())).toEqual(Array.from(before));
      expect(trainer.steps).toBe(5);
      expect(trainer.advance().step).toBe(6);
    },
  );

  test.prop([arbitraryDataset(), fc.nat()])(
    'switching full → reference → full keeps every probability: the same classifier, re-expressed',
    (data, referenceSeed) => {
      const trainer = createTrainer(data, { ...CONFIG, init: { ...CONFIG.init, offset: [1, -2, 0.5] } });
      advance(trainer, 3);
      const probabilities = trainer.objective.probabilities(trainer.free());
      const referenceClass = referenceSeed % data.classes;
      const reference = { ...CONFIG.objective, parametrization: { kind: 'reference' as const, referenceClass } };
      trainer.configure({ ...trainer.config, objective: reference });
      expect(trainer.free()).toHaveLength(ROW * (data.classes - 1));
      expect(Array.from(trainer.theta().subarray(ROW * referenceClass, ROW * referenceClass + ROW))).toEqual([0, 0, 0]);
      expectClose(trainer.objective.probabilities(trainer.free()), probabilities, 1e-12);
      trainer.configure({ ...trainer.config, objective: CONFIG.objective });
      expect(trainer.free()).toHaveLength(ROW * data.classes);
      expectClose(trainer.objective.probabilities(trainer.free()), probabilities, 1e-12);
    },
  );

  it('reset() returns to the seeded initial θ, step 0 and a fresh optimiser', () => {
    const config: TrainerConfig = { ...CONFIG, optimizer: { ...CONFIG.optimizer, kind: 'momentum', batchSize: 10 } };
    const trainer = createTrainer(overlapping(4), config);
    const firstRun = [trainer.advance(), trainer.advance(), trainer.advance()].map((step) => step.loss);
    const afterFirstRun = trainer.theta();
    trainer.reset();
    expect(trainer.steps).toBe(0);
    // θ is held as θ − m and m: rebuilt from them it may differ from the direct draw in the last bit.
    expectClose(trainer.theta(), initialTheta(4, config.init), 1e-15);
    // Fresh velocity and batch order: the run repeats exactly.
    expect([trainer.advance(), trainer.advance(), trainer.advance()].map((step) => step.loss)).toEqual(firstRun);
    expect(Array.from(trainer.theta())).toEqual(Array.from(afterFirstRun));
  });

  it('flags divergence (η = 1e307 on overlapping data) and keeps θ finite', () => {
    const trainer = createTrainer(overlapping(3), { ...CONFIG, optimizer: { ...CONFIG.optimizer, learningRate: 1e307 } });
    let diverged = false;
    for (let i = 0; i < 20 && !diverged; i++) {
      diverged = trainer.advance().diverged;
      expect(trainer.theta().every(Number.isFinite)).toBe(true);
    }
    expect(diverged).toBe(true);
    const steps = trainer.steps;
    const theta = trainer.theta();
    // Further steps stay diverged and leave θ where it was.
    expect(trainer.advance().diverged).toBe(true);
    expect(trainer.steps).toBe(steps);
    expect(Array.from(trainer.theta())).toEqual(Array.from(theta));
  });

  it('a step that takes an entry of θ − m or m past LARGEST_CLASS_MEAN is divergence (Adam at η = 1e307)', () => {
    const trainer = createTrainer(overlapping(3), { ...CONFIG, optimizer: { ...CONFIG.optimizer, kind: 'adam', learningRate: 1e307 } });
    const before = trainer.theta();
    const step = trainer.advance();
    expect(step.diverged).toBe(true);
    expect(Array.from(trainer.theta())).toEqual(Array.from(before));
    expect(Math.max(...trainer.redundant().map(Math.abs))).toBeLessThanOrEqual(LARGEST_CLASS_MEAN);
  });

  it('setData() with another K re-initialises θ; with the same K it keeps θ', () => {
    const trainer = createTrainer(overlapping(3), CONFIG);
    advance(trainer, 4);
    const trained = trainer.theta();
    const sameK = toDataset(generatePreset('overlapping', { classes: 3, count: 90, noise: 0.7, seed: 9 }).points, 3);
    trainer.setData(sameK);
    expect(Array.from(trainer.theta())).toEqual(Array.from(trained));
    trainer.setData(overlapping(5));
    expect(trainer.objective.classes).toBe(5);
    expect(trainer.free()).toHaveLength(ROW * 5);
    expectClose(trainer.theta(), initialTheta(5, CONFIG.init), 1e-15);
    expect(trainer.advance().diverged).toBe(false);
  });

  it('does not count a step once converged', () => {
    const trainer = createTrainer(overlapping(3), { ...CONFIG, optimizer: { ...CONFIG.optimizer, kind: 'newton' } });
    let step = trainer.advance();
    for (let i = 0; i < 50 && !step.converged; i++) step = trainer.advance();
    expect(step.converged).toBe(true);
    const steps = trainer.steps;
    expect(trainer.advance()).toMatchObject({ converged: true, step: steps, stepLength: 0 });
  });
});
