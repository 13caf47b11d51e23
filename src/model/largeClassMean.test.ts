import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { toDataset, type Dataset } from './dataset';
import { generatePreset } from './datasets/presets';
import { DEFAULT_INIT } from './initialization';
import { DEFAULT_OPTIMIZER_SETTINGS, OPTIMIZER_KINDS, OPTIMIZERS, type OptimizerKind } from './optimizers';
import { LARGEST_CLASS_MEAN } from './parameters';
import { createTrainer, type Trainer, type TrainerConfig } from './trainer';

// θ is held as θ − m and m (splitPoint.ts). These laws fail for a θ stored as one array: there, a shift of 1e15
// already rounds away the digits of θ − m (the newcomer's report: J 1.0528 instead of ln 3 at c_w1 = 1e15, 0 at
// 1e20), and GD "changes nothing" because the step is below the rounding of the shared part.

const CONFIG: TrainerConfig = {
  objective: { parametrization: { kind: 'full', referenceClass: 0 }, l2: 0, penalizeBias: true },
  optimizer: { ...DEFAULT_OPTIMIZER_SETTINGS, kind: 'gd', learningRate: 0.5 },
  init: DEFAULT_INIT,
  tolerance: 0,
};

function blobs(classes = 3): Dataset {
  const { points } = generatePreset('blobs', { classes, count: 90, noise: 0.8, seed: 4 });
  return toDataset(points, classes);
}

function relativeDifference(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), Number.MIN_VALUE);
}

function largestDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let largest = 0;
  for (let i = 0; i < a.length; i++) largest = Math.max(largest, Math.abs(a[i] - b[i]));
  return largest;
}

function advance(trainer: Trainer, steps: number) {
  for (let i = 0; i < steps; i++) trainer.advance();
}

/** A shift entry of any sign and any size up to LARGEST_CLASS_MEAN (exponents spread evenly). */
const anyShiftEntry = fc
  .tuple(fc.double({ min: -20, max: Math.log10(LARGEST_CLASS_MEAN) - 0.5, noNaN: true }), fc.boolean())
  .map(([exponent, negative]) => (negative ? -1 : 1) * 10 ** exponent);
const anyShift = fc.tuple(anyShiftEntry, anyShiftEntry, anyShiftEntry);

describe('a class-mean of any size', () => {
  it('golden: starting at zeros with every row given w₁ = c, J stays ln 3 for c = 1e15, 1e17, 1e20 and 1e300', () => {
    for (const c of [1e15, 1e17, 1e20, 1e300]) {
      const trainer = createTrainer(blobs(), { ...CONFIG, init: { ...DEFAULT_INIT, offset: [0, c, 0] } });
      expect(relativeDifference(trainer.evaluate().loss, Math.log(3))).toBeLessThanOrEqual(1e-14);
      expect(trainer.redundant()).toEqual([0, c, 0]);
    }
  });

  test.prop([anyShift, fc.integer({ min: 0, max: 20 }), fc.constantFrom<OptimizerKind>(...OPTIMIZER_KINDS)])(
    'shifting every class by c (|c| up to 1e300) leaves J and every P(y|x) unchanged to 1e-12 relative',
    (shift, steps, kind) => {
      const trainer = createTrainer(blobs(), { ...CONFIG, optimizer: { ...CONFIG.optimizer, kind, learningRate: 0.1 } });
      advance(trainer, steps);
      const loss = trainer.evaluate().loss;
      const probabilities = trainer.objective.probabilities(trainer.free());
      trainer.shiftAllClasses(shift);
      expect(relativeDifference(trainer.evaluate().loss, loss)).toBeLessThanOrEqual(1e-12);
      expect(largestDifference(trainer.objective.probabilities(trainer.free()), probabilities)).toBeLessThanOrEqual(1e-12);
    },
  );

  test.prop([anyShift, fc.constantFrom(...OPTIMIZER_KINDS.filter((kind) => !OPTIMIZERS[kind].movesClassMean))])(
    'without L2, a run from an initial offset c follows the run from 0 in θ − m and keeps m = c (|c| up to 1e300)',
    (offset, kind) => {
      const config = { ...CONFIG, init: { ...DEFAULT_INIT, kind: 'random' as const, seed: 5 }, optimizer: { ...CONFIG.optimizer, kind, learningRate: 0.3 } };
      const plain = createTrainer(blobs(), config);
      const shifted = createTrainer(blobs(), { ...config, init: { ...config.init, offset } });
      advance(plain, 15);
      advance(shifted, 15);
      expect(largestDifference(shifted.identifiable(), plain.identifiable())).toBeLessThanOrEqual(1e-12);
      const mean = plain.redundant();
      shifted.redundant().forEach((m, i) => expect(relativeDifference(m, mean[i] + offset[i])).toBeLessThanOrEqual(1e-12));
    },
  );

  test.prop([fc.double({ min: 1e3, max: 1e150, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true })])(
    'with L2 on every entry, GD multiplies a huge m by (1 − ηλ) and moves θ − m exactly as it would at m = 0',
    (size, l2) => {
      const config = { ...CONFIG, objective: { ...CONFIG.objective, l2 }, optimizer: { ...CONFIG.optimizer, learningRate: 0.2 } };
      const plain = createTrainer(blobs(), config);
      const shifted = createTrainer(blobs(), { ...config, init: { ...DEFAULT_INIT, offset: [size, -size, size / 2] } });
      plain.advance();
      shifted.advance();
      expect(largestDifference(shifted.identifiable(), plain.identifiable())).toBeLessThanOrEqual(1e-12);
      const factor = 1 - 0.2 * l2;
      [size, -size, size / 2].forEach((m, i) => expect(relativeDifference(shifted.redundant()[i], m * factor)).toBeLessThanOrEqual(1e-12));
    },
  );

  it('with L2 on every entry, one Newton step takes a huge m to 0 and θ − m where the m = 0 run goes', () => {
    const config = { ...CONFIG, objective: { ...CONFIG.objective, l2: 0.1 }, optimizer: { ...CONFIG.optimizer, kind: 'newton' as const } };
    const plain = createTrainer(blobs(), config);
    const shifted = createTrainer(blobs(), { ...config, init: { ...DEFAULT_INIT, offset: [1e100, 3e99, -2e100] } });
    plain.advance();
    shifted.advance();
    expect(largestDifference(shifted.identifiable(), plain.identifiable())).toBeLessThanOrEqual(1e-12);
    expect(Math.max(...shifted.redundant().map(Math.abs))).toBeLessThanOrEqual(1e-12);
  });

  it('Adam with L2 at m = 1e150 keeps finite moments (gradients of 1e149 squared would overflow) and shrinks m', () => {
    const trainer = createTrainer(blobs(), {
      ...CONFIG,
      objective: { ...CONFIG.objective, l2: 0.1 },
      optimizer: { ...CONFIG.optimizer, kind: 'adam', learningRate: 1e148 },
      init: { ...DEFAULT_INIT, offset: [1e150, 1e150, 1e150] },
    });
    const step = trainer.advance();
    expect(step.diverged).toBe(false);
    expect(step.stepLength).toBeGreaterThan(0);
    trainer.redundant().forEach((m) => expect(m).toBeLessThan(1e150));
  });

  it('‖θ‖ and ‖m‖ stay finite at m = 1e300 (norms scaled, not squared in float64)', () => {
    const trainer = createTrainer(blobs(), { ...CONFIG, init: { ...DEFAULT_INIT, offset: [1e300, 1e300, -1e300] } });
    const step = trainer.advance();
    expect(step.thetaNorm).toBeCloseTo(Math.sqrt(3 * 3) * 1e300, -290);
    expect(Number.isFinite(step.thetaNorm)).toBe(true);
  });
});
