import { fc } from '@fast-check/vitest';
import type { Point } from '../../model/dataset';
import { LAB_FIELDS } from '../schema/labFields';
import { withValueAt, type SettingField } from '../schema/settingField';
import type { LabSettings } from '../settings';

/**
 * Random valid lab settings, derived from the field table: each field's values from its schema's own rules (a
 * choice's options, a number's bounds and wholeness), so a setting added to the table is generated with no change
 * here. Only what the schema cannot say alone is written out: values below K, the offset's three parts, the slice.
 */
export const labSettingsArbitrary: fc.Arbitrary<LabSettings> = fc.integer({ min: 2, max: 8 }).chain((classes) => {
  const belowK = fc.integer({ min: 0, max: classes - 1 });
  const part = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const special: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
    k: fc.constant(classes),
    ref: belowK,
    cls: belowK,
    c: fc.tuple(part, part, part),
    slice: fc.oneof(
      fc.constant({ kind: 'redundant-vs-curved' as const }),
      fc.record({ kind: fc.constantFrom('parameters' as const, 'eigenvectors' as const), first: fc.nat(30), second: fc.nat(30) }),
    ),
  };
  const fields = LAB_FIELDS.map((entry) => special[entry.key] ?? valuesOf(entry));
  const point: fc.Arbitrary<Point> = fc.record({ x1: fc.double({ min: -8, max: 8, noNaN: true }), x2: fc.double({ min: -8, max: 8, noNaN: true }), label: belowK });
  return fc.tuple(fc.tuple(...fields), fc.array(point, { maxLength: 40 })).map(([values, points]) => {
    let settings: object = { points, pointsEdited: true };
    LAB_FIELDS.forEach((entry, index) => {
      const [group, name] = entry.path;
      if (name !== undefined && !Object.hasOwn(settings, group)) settings = { ...settings, [group]: {} };
      settings = withValueAt(settings, entry.path, values[index]);
    });
    return settings as LabSettings;
  });
});

type Rule = { readonly type: string; readonly requirement?: unknown };

/** A field's values as its schema states them: a picklist's options, a switch, or a number within the pipe's bounds. */
function valuesOf(entry: SettingField): fc.Arbitrary<unknown> {
  const schema = entry.schema as unknown as { readonly type: string; readonly options?: readonly string[]; readonly pipe?: readonly Rule[] };
  if (schema.options !== undefined) return fc.constantFrom(...schema.options);
  if (typeof entry.default === 'boolean') return fc.boolean();
  if (typeof entry.default !== 'number') throw new Error(`${entry.key}: say in settingsArbitrary.ts how to draw its values`);
  const rules = schema.pipe ?? [];
  const bound = (type: string) => rules.find((rule) => rule.type === type)?.requirement as number | undefined;
  const min = bound('min_value') ?? bound('gt_value') ?? -1e6;
  const max = bound('max_value') ?? bound('lt_value') ?? 1e6;
  if (rules.some((rule) => rule.type === 'integer')) return fc.integer({ min, max: Math.min(max, 1e6) });
  return fc.double({ min, max: Math.min(max, 1e6), noNaN: true, minExcluded: bound('gt_value') !== undefined, maxExcluded: bound('lt_value') !== undefined });
}
