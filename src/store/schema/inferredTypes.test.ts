import { describe, expectTypeOf, test } from 'vitest';
import type { Point } from '../../model/dataset';
import type { DatasetPresetId } from '../../model/datasets/presets';
import type { InitSettings } from '../../model/initialization';
import type { OptimizerKind, OptimizerSettings } from '../../model/optimizers';
import type { LabSettings } from '../settings';
import { labField, type AppPage, type FieldGroup } from './labFields';
import { choice, field, numberText, positiveNumber, type NumberInput } from './settingField';

// Checked by `npx tsc -p .` (and so by `npm test`): the settings' types are read off the field table, and the
// table refuses an input of the wrong kind. The tests' bodies do nothing when run; the compiler is the test.
describe('the settings types, inferred from the field table', () => {
  test('LabSettings holds exactly the table’s settings, at their paths, plus the points', () => {
    expectTypeOf<keyof LabSettings>().toEqualTypeOf<'page' | 'lesson' | 'classes' | 'dataset' | 'model' | 'init' | 'optimizer' | 'training' | 'view' | 'points' | 'pointsEdited'>();
    expectTypeOf<LabSettings['page']>().toEqualTypeOf<AppPage>();
    expectTypeOf<LabSettings['dataset']['preset']>().toEqualTypeOf<DatasetPresetId>();
    expectTypeOf<LabSettings['dataset']['noise']>().toEqualTypeOf<number>();
    expectTypeOf<LabSettings['model']['parametrization']>().toEqualTypeOf<'full' | 'reference'>();
    expectTypeOf<LabSettings['optimizer']['kind']>().toEqualTypeOf<OptimizerKind>();
    expectTypeOf<LabSettings['init']['offset']>().toEqualTypeOf<readonly [number, number, number]>();
    expectTypeOf<LabSettings['points']>().toEqualTypeOf<readonly Point[]>();
  });

  test('the model’s own settings types (which it reads without the store) are exactly the table’s groups', () => {
    expectTypeOf<FieldGroup<'optimizer'>>().toEqualTypeOf<OptimizerSettings>();
    expectTypeOf<FieldGroup<'init'>>().toEqualTypeOf<InitSettings>();
  });

  test('a field looked up by its path keeps its value type and the kind of its input', () => {
    expectTypeOf(labField('optimizer', 'learningRate').input).toExtend<NumberInput>();
    const optimizer = labField('optimizer', 'kind');
    expectTypeOf<keyof typeof optimizer.input.options>().toEqualTypeOf<OptimizerKind>();
    expectTypeOf(labField('optimizer', 'kind').default).toEqualTypeOf<OptimizerKind | undefined>();
  });

  test('the table refuses an input of the wrong kind, and a select that misses an option', () => {
    const words = choice(['a', 'b'] as const);
    // @ts-expect-error: a select must name every option its schema accepts
    field({ key: 'x', path: ['x'], label: 'X', ...words, input: { kind: 'select', label: 'X', options: { a: 'A' } } });
    // @ts-expect-error: a number setting is not edited in a select
    field({ key: 'y', path: ['y'], label: 'Y', expected: 'a positive number', schema: positiveNumber, codec: numberText, input: { kind: 'select', label: 'Y', options: {} } });
    // @ts-expect-error: a choice of words is not edited in a number field
    field({ key: 'z', path: ['z'], label: 'Z', ...words, input: { kind: 'number', label: 'Z' } });
    const valid = field({ key: 'w', path: ['w'], label: 'W', ...words, input: { kind: 'select', label: 'W', options: { a: 'A', b: 'B' } } });
    expectTypeOf<keyof typeof valid.input.options>().toEqualTypeOf<'a' | 'b'>();
  });
});
