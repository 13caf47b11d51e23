import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { toDataset } from '../dataset';
import {
  DATASET_PRESET_IDS,
  DATASET_PRESETS,
  DEFAULT_PRESET_SETTINGS,
  generatePreset,
  isDatasetPresetId,
  type PresetSettings,
} from './presets';

const settings: fc.Arbitrary<PresetSettings> = fc.record({
  classes: fc.integer({ min: 2, max: 8 }),
  count: fc.integer({ min: 0, max: 300 }),
  noise: fc.double({ min: 0, max: 2, noNaN: true }),
  seed: fc.nat(),
});
const presetId = fc.constantFrom(...DATASET_PRESET_IDS);

describe('generatePreset', () => {
  test.prop([presetId, settings])('the same settings give the same points', (id, s) => {
    expect(generatePreset(id, s)).toEqual(generatePreset(id, s));
  });

  test.prop([presetId, settings])('labels fit the reported K, which is the fixed one or the chosen one', (id, s) => {
    const { points, classes } = generatePreset(id, s);
    expect(classes).toBe(DATASET_PRESETS[id].fixedClasses ?? s.classes);
    expect(() => toDataset(points, classes)).not.toThrow();
  });

  test.prop([presetId, settings])('every preset but iris produces `count` points', (id, s) => {
    expect(generatePreset(id, s).points).toHaveLength(id === 'iris' ? 150 : s.count);
  });

  test.prop([presetId, settings, settings])('settings a preset does not list as adjustable leave its points alone', (id, a, b) => {
    const { adjustable } = DATASET_PRESETS[id];
    const mixed = { ...b, ...Object.fromEntries(adjustable.map((key) => [key, a[key]])) };
    expect(generatePreset(id, mixed)).toEqual(generatePreset(id, a));
  });

  test.prop([presetId, settings])('the output is plain data that survives JSON', (id, s) => {
    const generated = generatePreset(id, s);
    expect(JSON.parse(JSON.stringify(generated))).toEqual(generated);
  });
});

describe('the registry', () => {
  test('every id has a preset that knows its id, and a label', () => {
    for (const id of DATASET_PRESET_IDS) {
      expect(DATASET_PRESETS[id].id).toBe(id);
      expect(DATASET_PRESETS[id].label).not.toBe('');
    }
    expect(Object.keys(DATASET_PRESETS).sort()).toEqual([...DATASET_PRESET_IDS].sort());
  });

  test('isDatasetPresetId accepts exactly the ids', () => {
    for (const id of DATASET_PRESET_IDS) expect(isDatasetPresetId(id)).toBe(true);
    for (const other of ['', 'Iris', 'toString', 'constructor', 'blob']) expect(isDatasetPresetId(other)).toBe(false);
  });

  test('the default settings are ones every preset accepts', () => {
    for (const id of DATASET_PRESET_IDS) expect(() => generatePreset(id, DEFAULT_PRESET_SETTINGS)).not.toThrow();
  });
});
