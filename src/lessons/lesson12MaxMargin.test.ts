import { expect, test } from 'vitest';
import { toDataset } from '../model/dataset';
import { generatePreset } from '../model/datasets/presets';
import { DEFAULT_INIT } from '../model/initialization';
import { maxMarginClassifier } from '../model/maxMargin';
import { angleBetween } from '../model/maxMarginAngle';
import { DEFAULT_OPTIMIZER_SETTINGS } from '../model/optimizers/types';
import { createTrainer } from '../model/trainer';
import { lesson12 } from './lesson12MaxMargin';

test('lesson 12’s look-for numbers: about 13° at step 1, about 5° at step 300, near 6° at step 3,000', () => {
  const { dataset, optimizer } = lesson12.setup;
  expect(dataset).toMatchObject({ preset: 'separable', classes: 3, count: 200, seed: 1 });
  const { points, classes } = generatePreset('separable', { classes: 3, count: 200, seed: 1, noise: 0 });
  const data = toDataset(points, classes);
  const svm = maxMarginClassifier(data, { kind: 'full', referenceClass: 0 });
  if (svm.kind !== 'solved') throw new Error('the lesson’s data must be separable');
  const trainer = createTrainer(data, {
    objective: { parametrization: { kind: 'full', referenceClass: 0 }, l2: 0, penalizeBias: true },
    optimizer: { ...DEFAULT_OPTIMIZER_SETTINGS, kind: 'gd', learningRate: optimizer?.learningRate ?? Number.NaN },
    init: DEFAULT_INIT,
    tolerance: 0,
  });
  const degrees: Record<number, number> = {};
  for (let step = 1; step <= 3000; step++) {
    trainer.advance();
    if (step === 1 || step === 300 || step === 3000) degrees[step] = (angleBetween(trainer.identifiable(), svm.direction) * 180) / Math.PI;
  }
  expect(degrees[1]).toBeCloseTo(13.46, 1);
  expect(degrees[300]).toBeCloseTo(5.38, 1);
  expect(degrees[3000]).toBeCloseTo(5.86, 1);
});
