import { describe, expect, test } from 'vitest';
import { DEFAULT_OPTIMIZER_SETTINGS, OPTIMIZER_KINDS, OPTIMIZERS, type OptimizerKind } from '../../model/optimizers';
import { NUMERIC_SETTING_FIELDS, relevantOptimizerSettings, settingLabel } from './optimizerInfo';

describe('relevantOptimizerSettings', () => {
  test('shows each optimiser exactly the settings it reads', () => {
    const shown = (kind: OptimizerKind) => [...relevantOptimizerSettings({ ...DEFAULT_OPTIMIZER_SETTINGS, kind, newtonTreatment: 'pseudoinverse' })];
    expect(shown('gd')).toEqual(['learningRate']);
    expect(shown('sgd')).toEqual(['learningRate', 'batchSize']);
    expect(shown('momentum')).toEqual(['learningRate', 'batchSize', 'momentum']);
    expect(shown('adam')).toEqual(['learningRate', 'batchSize', 'beta1', 'beta2']);
    expect(shown('newton')).toEqual(['newtonTreatment']);
    expect(shown('lbfgs')).toEqual([]);
  });

  test('the learning rate is shown exactly to the optimisers without a line search', () => {
    for (const kind of OPTIMIZER_KINDS) {
      const relevant = relevantOptimizerSettings({ ...DEFAULT_OPTIMIZER_SETTINGS, kind });
      expect(relevant.has('learningRate')).toBe(!OPTIMIZERS[kind].lineSearch);
    }
  });

  test('Newton shows damping μ only when damping is the chosen treatment', () => {
    expect(relevantOptimizerSettings({ ...DEFAULT_OPTIMIZER_SETTINGS, kind: 'newton', newtonTreatment: 'pseudoinverse' }).has('damping')).toBe(false);
    expect(relevantOptimizerSettings({ ...DEFAULT_OPTIMIZER_SETTINGS, kind: 'newton', newtonTreatment: 'damping' }).has('damping')).toBe(true);
  });
});

describe('one table of optimiser fields for the lab and every lane', () => {
  test('names a field on its own or after its owner, keeping names capitalised', () => {
    expect(settingLabel(NUMERIC_SETTING_FIELDS.learningRate)).toBe('Learning rate');
    expect(settingLabel(NUMERIC_SETTING_FIELDS.learningRate, 'Lane 2')).toBe('Lane 2 learning rate');
    expect(settingLabel(NUMERIC_SETTING_FIELDS.beta1, 'Lane 1')).toBe('Lane 1 Adam β1');
  });

  test('every numeric setting an optimiser reads has a field with a rule against unusable values', () => {
    expect(NUMERIC_SETTING_FIELDS.learningRate.validate?.(0)).toBe('Must be greater than 0');
    expect(NUMERIC_SETTING_FIELDS.momentum.validate?.(1)).toBe('Must be below 1');
    expect(NUMERIC_SETTING_FIELDS.damping.validate?.(-1)).toBe('Must be greater than 0');
    expect(NUMERIC_SETTING_FIELDS.batchSize.integer).toBe(true);
  });
});
