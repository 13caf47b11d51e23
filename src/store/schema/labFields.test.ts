import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings';
import { OPTIMIZER_KINDS, OPTIMIZERS } from '../../model/optimizers';
import { LAB_FIELDS, labField } from './labFields';
import { accepts, valueAt } from './settingField';

describe('the lab field table: one declaration per setting', () => {
  test('every field declares a default its own schema accepts, and DEFAULT_SETTINGS holds exactly those', () => {
    for (const entry of LAB_FIELDS) {
      expect(entry.default, entry.key).toBeDefined();
      expect(accepts(entry, entry.default), entry.key).toBe(true);
      expect(valueAt(DEFAULT_SETTINGS, entry.path), entry.key).toEqual(entry.default);
    }
  });

  test('the lab a new visitor sees: blobs with noise 0.8, GD at η = 0.5 (golden)', () => {
    // Matched, not equal: a setting added to a group starts at its own declared default, pinned by the test above.
    expect(DEFAULT_SETTINGS.dataset).toMatchObject({ preset: 'blobs', classes: 3, count: 200, noise: 0.8, seed: 1 });
    expect(DEFAULT_SETTINGS.optimizer).toMatchObject({ kind: 'gd', learningRate: 0.5 });
    expect(DEFAULT_SETTINGS.training).toMatchObject({ stepsPerFrame: 1, tolerance: 1e-6 });
  });

  test('the gradient tolerance’s hint: a stop as converged only where J has a minimiser (runCore.test.ts runs one without)', () => {
    const tolerance = labField('training', 'tolerance');
    expect(tolerance.input?.kind === 'number' && tolerance.input.hint).toBe('Where J has a minimiser, the run stops as converged when ‖∇J‖∞ ≤ this; where it has none, it never does');
  });

  test('every number setting a person edits in the lab has an input whose limits its schema agrees with', () => {
    for (const entry of LAB_FIELDS) {
      if (entry.input?.kind !== 'number') continue;
      const { min, max } = entry.input;
      expect(min === undefined ? [true, false] : [accepts(entry, min), accepts(entry, min - 1)], entry.key).toEqual([true, false]);
      expect(max === undefined ? [true, false] : [accepts(entry, max), accepts(entry, max + 1)], entry.key).toEqual([true, false]);
    }
    const edited = ['classes', 'dataset.count', 'dataset.noise', 'dataset.seed', 'model.l2', 'init.seed', 'init.scale', 'optimizer.learningRate', 'optimizer.batchSize', 'optimizer.momentum', 'optimizer.beta1', 'optimizer.beta2', 'optimizer.damping', 'training.stepsPerFrame', 'training.tolerance'];
    for (const path of edited) expect(LAB_FIELDS.find((entry) => entry.path.join('.') === path)?.input, path).toBeDefined();
  });

  test('every select lists exactly the values its schema accepts, in the order of its choice (the optimiser’s from the registry)', () => {
    const selects = LAB_FIELDS.filter((entry) => entry.input?.kind === 'select');
    expect(selects.map((entry) => entry.key)).toEqual(['data', 'param', 'init', 'opt', 'newton']);
    for (const entry of selects) {
      if (entry.input?.kind !== 'select') continue;
      expect(Object.keys(entry.input.options), entry.key).toEqual((entry.schema as unknown as { options: readonly string[] }).options);
    }
    expect(labField('optimizer', 'kind').input.options).toEqual(Object.fromEntries(OPTIMIZER_KINDS.map((kind) => [kind, OPTIMIZERS[kind].label])));
  });

  test('each input is of the kind its default is: numbers in number fields, words in selects, switches in checkboxes', () => {
    const kindOf = (value: unknown) => (Array.isArray(value) ? 'parts' : typeof value === 'number' ? 'number' : typeof value === 'string' ? 'select' : typeof value === 'boolean' ? 'checkbox' : 'other');
    for (const entry of LAB_FIELDS) {
      if (entry.input === undefined) continue;
      const expected = entry.input.kind === 'class' ? 'number' : entry.input.kind;
      expect(kindOf(entry.default), entry.key).toBe(expected);
    }
  });

  test('keys are unique: each is one address parameter and one embed control name', () => {
    const keys = LAB_FIELDS.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
