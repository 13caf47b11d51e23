import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { toDataset } from './dataset';
import { generatePreset } from './datasets/presets';
import { DEFAULT_INIT } from './initialization';
import { reusingEvaluation } from './evaluationReuse';
import { createObjective, type Objective } from './objective';
import { DEFAULT_OPTIMIZER_SETTINGS, OPTIMIZER_KINDS, OPTIMIZERS } from './optimizers';
import { createSplitPoint, type SplitPoint } from './splitPoint';
import { createTrainer, type TrainerConfig } from './trainer';

const { points } = generatePreset('overlapping', { classes: 3, count: 60, noise: 1, seed: 2 });
const data = toDataset(points, 3);

/** The objective with a count of the evaluations it actually computes. */
function counted(): { objective: Objective; calls: () => number } {
  const objective = createObjective(data, { parametrization: { kind: 'full', referenceClass: 0 }, l2: 0, penalizeBias: false });
  let calls = 0;
  return {
    objective: { ...objective, evaluateParts: (...args) => (calls++, objective.evaluateParts(...args)) },
    calls: () => calls,
  };
}

function pointAt(value: number): SplitPoint {
  const point = createSplitPoint(9);
  point.free.fill(value);
  point.free[0] = -2 * value;
  return point;
}

describe('reusingEvaluation', () => {
  it('answers the next full evaluation at the remembered point without computing it, once', () => {
    const { objective, calls } = counted();
    const reuse = reusingEvaluation(objective);
    const point = pointAt(0.3);
    const gradient = createSplitPoint(9);
    const loss = objective.evaluateParts(point, gradient);
    reuse.remember(point, gradient, loss);
    const again = createSplitPoint(9);
    expect(reuse.objective.evaluateParts(point, again)).toBe(loss);
    expect(Array.from(again.free)).toEqual(Array.from(gradient.free));
    expect(calls()).toBe(1);
    reuse.objective.evaluateParts(point, again);
    expect(calls()).toBe(2);
  });

  it('computes afresh at another point, for a batch, without a gradient, or after forget()', () => {
    const { objective, calls } = counted();
    const reuse = reusingEvaluation(objective);
    const point = pointAt(0.3);
    const gradient = createSplitPoint(9);
    const loss = objective.evaluateParts(point, gradient);
    const cases = [
      () => reuse.objective.evaluateParts(pointAt(0.31), createSplitPoint(9)),
      () => reuse.objective.evaluateParts(point, createSplitPoint(9), Int32Array.of(0, 1)),
      () => reuse.objective.evaluateParts(point),
      () => (reuse.forget(), reuse.objective.evaluateParts(point, createSplitPoint(9))),
    ];
    cases.forEach((evaluate, i) => {
      reuse.remember(point, gradient, loss);
      evaluate();
      expect(calls()).toBe(2 + i);
    });
  });
});

describe('a trainer that shows J between steps', () => {
  test.prop([fc.constantFrom(...OPTIMIZER_KINDS), fc.integer({ min: 1, max: 12 })])(
    'takes exactly the steps of one that does not (reuse changes no digit)',
    (kind, steps) => {
      const config: TrainerConfig = {
        objective: { parametrization: { kind: 'full', referenceClass: 0 }, l2: 0.01, penalizeBias: false },
        optimizer: { ...DEFAULT_OPTIMIZER_SETTINGS, kind, learningRate: 0.2, batchSize: OPTIMIZERS[kind].miniBatches && OPTIMIZERS[kind].plainStep ? 8 : 0 },
        init: { ...DEFAULT_INIT, kind: 'random', seed: 4 },
        tolerance: 1e-12,
      };
      const watched = createTrainer(data, config);
      const unwatched = createTrainer(data, config);
      for (let i = 0; i < steps; i++) {
        watched.evaluate();
        expect(watched.advance()).toEqual(unwatched.advance());
      }
      expect(Array.from(watched.theta())).toEqual(Array.from(unwatched.theta()));
      expect(watched.evaluate()).toEqual(unwatched.evaluate());
    },
  );
});
