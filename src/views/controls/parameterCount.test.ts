import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { DEFAULT_DATASET, DEFAULT_MODEL, type ModelSettings } from '../../store/settings';
import { toDataset } from '../../model/dataset';
import { generatePreset } from '../../model/datasets/presets';
import { DEFAULT_INIT } from '../../model/initialization';
import { createObjective, type ObjectiveSpec } from '../../model/objective';
import { DEFAULT_OPTIMIZER_SETTINGS } from '../../model/optimizers';
import { restrict, type ParametrizationKind } from '../../model/parameters';
import { createTrainer } from '../../model/trainer';
import { describeParameterCount, REFERENCE_L2_DIFFERENCE } from './parameterCount';

const model = (change: Partial<ModelSettings>): ModelSettings => ({ ...DEFAULT_MODEL, ...change });

describe('describeParameterCount', () => {
  test('full, unregularised: 3K parameters, 3 redundant', () => {
    const count = describeParameterCount(model({ parametrization: 'full', l2: 0 }), 3);
    expect(count).toMatchObject({ free: 9, redundant: 3 });
    expect(count.explanation).toBe('Full: 9 parameters, 3 of them redundant — adding the same vector to every row changes nothing.');
  });

  test('L2 removes the redundancy when it covers the bias, all but the bias direction when it does not', () => {
    expect(describeParameterCount(model({ l2: 0.1, penalizeBias: true }), 4)).toMatchObject({ free: 12, redundant: 0 });
    expect(describeParameterCount(model({ l2: 0.1, penalizeBias: false }), 4)).toMatchObject({ free: 12, redundant: 1 });
  });

  test('reference class: 3(K−1) parameters, none redundant; K = 2 is logistic regression', () => {
    const three = describeParameterCount(model({ parametrization: 'reference', referenceClass: 2 }), 3);
    expect(three).toMatchObject({ free: 6, redundant: 0 });
    expect(three.explanation).toMatch(/^Reference class 2: 6 parameters, none redundant/);
    expect(three.explanation).not.toMatch(/logistic/);
    expect(describeParameterCount(model({ parametrization: 'reference', referenceClass: 0 }), 2).explanation).toMatch(
      /With K = 2 this is logistic regression\./,
    );
  });

  test.prop([fc.integer({ min: 2, max: 8 }), fc.constantFrom<ModelSettings['parametrization']>('full', 'reference'), fc.constantFrom(0, 0.01), fc.boolean()])(
    'the explanation states the count, and redundant directions never exceed the 3 of the full model',
    (classes, parametrization, l2, penalizeBias) => {
      const count = describeParameterCount(model({ parametrization, l2, penalizeBias, referenceClass: 0 }), classes);
      expect(count.free).toBe(parametrization === 'full' ? 3 * classes : 3 * (classes - 1));
      expect(count.explanation).toContain(`${count.free} parameters`);
      expect(count.redundant).toBeGreaterThanOrEqual(0);
      expect(count.redundant).toBeLessThanOrEqual(3);
    },
  );

  test('with L2, the reference class’s fit differs from the full model’s by the size the text quotes', () => {
    // What a student gets by choosing Overlapping blobs in the lab: the lab's default draw (noise 0.8), not the preset's own.
    expect(DEFAULT_DATASET).toMatchObject({ classes: 3, count: 200, noise: 0.8, seed: 1 });
    const generated = generatePreset('overlapping', DEFAULT_DATASET);
    const data = toDataset(generated.points, generated.classes);
    const probabilitiesAtMinimiser = (kind: ParametrizationKind, l2: number) => {
      const spec: ObjectiveSpec = { parametrization: { kind, referenceClass: REFERENCE_L2_DIFFERENCE.referenceClass }, l2, penalizeBias: true };
      const trainer = createTrainer(data, { objective: spec, optimizer: { ...DEFAULT_OPTIMIZER_SETTINGS, kind: 'newton' }, init: DEFAULT_INIT, tolerance: 1e-12 });
      while (!trainer.advance().converged) expect(trainer.steps).toBeLessThan(50);
      return createObjective(data, spec).probabilities(restrict(trainer.identifiable(), data.classes, spec.parametrization));
    };
    const largestDifference = (l2: number) => {
      const full = probabilitiesAtMinimiser('full', l2);
      const reference = probabilitiesAtMinimiser('reference', l2);
      return full.reduce((max, p, i) => Math.max(max, Math.abs(p - reference[i])), 0);
    };
    expect(largestDifference(REFERENCE_L2_DIFFERENCE.l2)).toBeCloseTo(REFERENCE_L2_DIFFERENCE.largestProbabilityDifference, 2);
    // Without L2 both reach every classifier and minimise the same data term: the same probabilities.
    expect(largestDifference(0)).toBeLessThan(1e-6);
    const text = describeParameterCount(model({ parametrization: 'reference', referenceClass: 2, l2: 0.01 }), 3).explanation;
    expect(text).toContain('so the fit differs from the full model’s, and not always slightly: on Overlapping blobs at λ = 0.08 with reference class 2, a probability differs by up to 0.15.');
    expect(text).not.toContain('slightly from');
  });
});
