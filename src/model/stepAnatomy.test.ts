import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { toDataset, type Dataset } from './dataset';
import { DEFAULT_INIT } from './initialization';
import type { ObjectiveSpec } from './objective';
import { DEFAULT_OPTIMIZER_SETTINGS } from './optimizers';
import { ROW } from './parameters';
import { stepAnatomy } from './stepAnatomy';
import { arbitraryDataset, close } from './testing/fixtures';
import { createTrainer, type Trainer } from './trainer';

const full = (l2: number, penalizeBias: boolean): ObjectiveSpec => ({ parametrization: { kind: 'full', referenceClass: 0 }, l2, penalizeBias });

/** A GD trainer a few steps in from a random start with a class-mean offset, so that m is not zero. */
function trainerAt(data: Dataset, spec: ObjectiveSpec, learningRate: number, seed: number): Trainer {
  const trainer = createTrainer(data, {
    objective: spec,
    optimizer: { ...DEFAULT_OPTIMIZER_SETTINGS, kind: 'gd', learningRate },
    init: { ...DEFAULT_INIT, kind: 'random', seed, offset: [0.7, -1.3, 0.4] },
    tolerance: 0,
  });
  for (let i = 0; i < 3; i++) trainer.advance();
  return trainer;
}

const anatomyOf = (trainer: Trainer, learningRate: number, point = 0) =>
  stepAnatomy({ data: trainer.objective.data, parts: trainer.parts(), spec: trainer.config.objective, learningRate, point });

const specs = fc.record({
  l2: fc.constantFrom(0, 0.05, 0.3),
  penalizeBias: fc.boolean(),
  reference: fc.option(fc.nat(), { nil: null }),
});
const specFor = ({ l2, penalizeBias, reference }: { l2: number; penalizeBias: boolean; reference: number | null }, classes: number): ObjectiveSpec =>
  reference === null ? full(l2, penalizeBias) : { parametrization: { kind: 'reference', referenceClass: reference % classes }, l2, penalizeBias };

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe('one gradient-descent step taken apart', () => {
  test.prop([arbitraryDataset(), specs, fc.double({ min: 0.01, max: 2, noNaN: true }), fc.integer({ min: 1, max: 1000 })])(
    'the update shown is the trainer’s GD step: θ − ηg equals θ after trainer.advance() to 1e-12',
    (data, spec, learningRate, seed) => {
      const trainer = trainerAt(data, specFor(spec, data.classes), learningRate, seed);
      const anatomy = anatomyOf(trainer, learningRate);
      trainer.advance();
      const after = trainer.theta();
      for (let j = 0; j < after.length; j++) expect(close(anatomy.thetaAfter[j], after[j], 1e-12), `entry ${j}`).toBe(true);
      const mean = trainer.redundant();
      for (let i = 0; i < ROW; i++) expect(close(anatomy.meanAfter[i], mean[i], 1e-12)).toBe(true);
    },
  );

  test.prop([arbitraryDataset(), fc.nat(), fc.integer({ min: 1, max: 1000 })])('softmax parts: the largest shifted logit is 0, exp ≤ 1, P sums to 1', (data, pointSeed, seed) => {
    const anatomy = anatomyOf(trainerAt(data, full(0, false), 0.5, seed), 0.5, pointSeed % data.labels.length);
    expect(Math.max(...anatomy.shifted)).toBe(0);
    for (const e of anatomy.exps) expect(e).toBeLessThanOrEqual(1);
    expect(anatomy.expSum).toBeGreaterThanOrEqual(1);
    expect(sum(anatomy.probabilities)).toBeCloseTo(1, 14);
    expect(sum(anatomy.residuals)).toBeCloseTo(0, 14);
    // z_k − max z from θ − m agrees with the logits of θ themselves.
    const max = Math.max(...anatomy.logits);
    anatomy.logits.forEach((z, k) => expect(close(z - max, anatomy.shifted[k], 1e-12)).toBe(true));
  });

  test.prop([arbitraryDataset(), fc.integer({ min: 1, max: 1000 })])('class-sum of the unregularised gradient is 0, so GD leaves m where it is', (data, seed) => {
    const anatomy = anatomyOf(trainerAt(data, full(0, false), 0.5, seed), 0.5);
    for (const value of anatomy.dataClassSum) expect(Math.abs(value)).toBeLessThan(1e-14);
    anatomy.meanAfter.forEach((value, i) => expect(close(value, anatomy.meanBefore[i], 1e-14)).toBe(true));
  });

  test.prop([arbitraryDataset(), fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }), fc.boolean(), fc.integer({ min: 1, max: 1000 })])(
    'with L2, m’s penalised entries shrink by 1 − ηλ and an unpenalised bias entry stays',
    (data, learningRate, l2, penalizeBias, seed) => {
      const anatomy = anatomyOf(trainerAt(data, full(l2, penalizeBias), learningRate, seed), learningRate);
      anatomy.meanAfter.forEach((value, i) => {
        const factor = i === 0 && !penalizeBias ? 1 : 1 - learningRate * l2;
        expect(close(value, factor * anatomy.meanBefore[i], 1e-12)).toBe(true);
      });
    },
  );

  test.prop([arbitraryDataset(), fc.double({ min: 0.01, max: 2, noNaN: true }), fc.integer({ min: 1, max: 1000 })])(
    'update = −η g on every row, the gradient is data part + L2 part, and the chosen point’s share is (1/N)(P − y)x̃',
    (data, learningRate, seed) => {
      const anatomy = anatomyOf(trainerAt(data, full(0.1, false), learningRate, seed), learningRate, 1);
      anatomy.update.forEach((value, j) => expect(value).toBe(-learningRate * anatomy.gradient[j]));
      anatomy.gradient.forEach((value, j) => expect(value).toBe(anatomy.dataGradient[j] + anatomy.penalty[j]));
      for (let k = 0; k < anatomy.classes; k++) expect(anatomy.penalty[ROW * k]).toBe(0);
      anatomy.contribution.forEach((value, j) =>
        expect(close(value, (anatomy.residuals[Math.floor(j / ROW)] * anatomy.xTilde[j % ROW]) / anatomy.pointCount, 1e-15)).toBe(true),
      );
    },
  );

  it('works a hand-checkable case: two points, two classes, θ = 0', () => {
    const data = toDataset(
      [
        { x1: 1, x2: 0, label: 0 },
        { x1: 0, x2: 2, label: 1 },
      ],
      2,
    );
    const anatomy = stepAnatomy({ data, parts: { identifiable: new Float64Array(6), redundant: [0, 0, 0] }, spec: full(0, false), learningRate: 1, point: 0 });
    expect(anatomy.probabilities).toEqual([0.5, 0.5]);
    expect(anatomy.residuals).toEqual([-0.5, 0.5]);
    // Row 0: ((−0.5)(1, 1, 0) + (0.5)(1, 0, 2)) / 2 = (0, −0.25, 0.5); row 1 is its negative.
    // Adding 0 turns −0 into 0: the sign of a zero is not what is checked.
    const plain = (values: Float64Array) => Array.from(values, (value) => value + 0);
    expect(plain(anatomy.dataGradient)).toEqual([0, -0.25, 0.5, 0, 0.25, -0.5]);
    expect(plain(anatomy.contribution)).toEqual([-0.25, -0.25, 0, 0.25, 0.25, 0]);
    expect(plain(anatomy.thetaAfter)).toEqual([0, 0.25, -0.5, 0, -0.25, 0.5]);
  });

  it('refuses what has no step: no points, a point out of range, η ≤ 0', () => {
    const data = toDataset([{ x1: 0, x2: 0, label: 0 }], 2);
    const base = { data, parts: { identifiable: new Float64Array(6), redundant: [0, 0, 0] as const }, spec: full(0, false), learningRate: 1, point: 0 };
    expect(() => stepAnatomy({ ...base, data: toDataset([], 2) })).toThrow(RangeError);
    expect(() => stepAnatomy({ ...base, point: 1 })).toThrow(/point must be an integer from 0 to 0/);
    expect(() => stepAnatomy({ ...base, learningRate: 0 })).toThrow(/learning rate/);
  });
});
