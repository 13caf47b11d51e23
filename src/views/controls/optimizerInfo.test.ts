import { describe, expect, test } from 'vitest';
import { DEFAULT_OPTIMIZER_SETTINGS, OPTIMIZER_KINDS, OPTIMIZERS, type OptimizerKind } from '../../model/optimizers';
import { labField } from '../../store/schema/labFields';
import { fieldProblem } from '../../store/schema/settingField';
import { relevantOptimizerSettings } from './optimizerInfo';
import { inputLabel } from './settingInputs';

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
    expect(inputLabel(labField('optimizer', 'learningRate'))).toBe('Learning rate');
    expect(inputLabel(labField('optimizer', 'learningRate'), 'Lane 2')).toBe('Lane 2 learning rate');
    expect(inputLabel(labField('optimizer', 'beta1'), 'Lane 1')).toBe('Lane 1 Adam β1');
  });

  test('a typed value is refused in the schema’s own words', () => {
    expect(fieldProblem(labField('optimizer', 'learningRate'), 0)).toBe('Must be a positive number');
    expect(fieldProblem(labField('optimizer', 'momentum'), 1)).toBe('Must be at least 0 and below 1');
    expect(fieldProblem(labField('optimizer', 'damping'), -1)).toBe('Must be a positive number');
    expect(fieldProblem(labField('optimizer', 'batchSize'), 2.5)).toBe('Must be a whole number ≥ 0 (0 means all points)');
    expect(fieldProblem(labField('optimizer', 'learningRate'), 0.3)).toBeNull();
  });
});
