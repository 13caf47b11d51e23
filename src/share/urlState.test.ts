import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { OPTIMIZER_KINDS } from '../model/optimizers';
import { initialSettings } from '../store/initialSettings';
import { presetSettings } from '../store/race/racePresets';
import { RACE_FIELDS, RACE_PRESET_IDS, type RaceSettings } from '../store/race/raceSettings';
import { LAB_FIELDS } from '../store/schema/labFields';
import { valueAt } from '../store/schema/settingField';
import { labSettingsArbitrary } from '../store/testing/settingsArbitrary';
import { writeRace } from './raceAddress';
import { readAddress } from './addressReader';
import { writeAddress } from './urlState';

const positive = fc.double({ min: 1e-6, max: 1e3, noNaN: true });

const labSettings = labSettingsArbitrary;

const raceSettings = (classes: number): fc.Arbitrary<RaceSettings> =>
  fc
    .record({ preset: fc.constantFrom(...RACE_PRESET_IDS), tolerance: positive, stepsPerFrame: fc.integer({ min: 1, max: 1000 }), chart: fc.constantFrom('loss' as const, 'gap' as const), custom: fc.boolean(), learningRate: positive })
    .map(({ preset, custom, learningRate, ...rest }) => {
      const settings = presetSettings(preset, classes, rest);
      if (!custom) return settings;
      const lanes = settings.lanes.map((lane, i) => (i === 0 ? { ...lane, label: 'mine · ünïcode', optimizer: { ...lane.optimizer, learningRate } } : lane));
      return { ...settings, preset: 'custom' as const, lanes };
    });

describe('the address', () => {
  test.prop([labSettings.chain((lab) => fc.tuple(fc.constant(lab), fc.option(raceSettings(lab.classes), { nil: null })))])(
    'every lab and race setting survives a round trip through the address (points to within their 24-bit step)',
    async ([lab, race]) => {
      const written = writeAddress(lab, race === null ? null : { settings: race, write: writeRace });
      const { state, notices } = await readAddress(new URLSearchParams(written.toString()));
      expect(notices).toEqual([]);
      for (const field of LAB_FIELDS) expect(valueAt(state!.lab, field.path), field.key).toEqual(valueAt(lab, field.path));
      expect(state!.lab.points!.map((p) => p.label)).toEqual(lab.points.map((p) => p.label));
      state!.lab.points!.forEach((p, i) => expect(Math.abs(p.x1 - lab.points[i].x1)).toBeLessThan(1e-6));
      if (race === null) expect(state!.race).toBeNull();
      else for (const field of RACE_FIELDS) expect(valueAt(state!.race, field.path), field.key).toEqual(valueAt(race, field.path));
    },
  );

  it('the default lab writes nothing but the version, and a bare address carries no state', async () => {
    const { settings } = initialSettings();
    expect(writeAddress(settings, null).toString()).toBe('v=1');
    expect((await readAddress(new URLSearchParams(''))).state).toBeNull();
    expect((await readAddress(new URLSearchParams('embed=1&panels=regions'))).state).toBeNull();
  });

  it('a link with 500 hand-drawn points stays under 8,000 characters', () => {
    const { settings } = initialSettings({ dataset: { preset: 'blobs', classes: 5, count: 500, noise: 0.8, seed: 3 } });
    const edited = { ...settings, pointsEdited: true, optimizer: { ...settings.optimizer, learningRate: 0.05 } };
    expect(writeAddress(edited, null).toString().length).toBeLessThan(8000);
  });

  it.each([
    ['lr=-1', 'lr=“-1”: The learning rate must be a positive number. The default was used.'],
    ['lr=abc', 'lr=“abc”: The learning rate must be a positive number. The default was used.'],
    ['k=9', 'k=“9”: The number of classes must be a whole number from 2 to 8. The default was used.'],
    ['opt=rmsprop', `opt=“rmsprop”: The optimizer must be one of ${OPTIMIZER_KINDS.join(', ')}. The default was used.`],
    ['pb=yes', 'pb=“yes”: Penalise the bias must be on (1) or off (0). The default was used.'],
    ['c=1,2', 'c=“1,2”: The offset c must be three finite numbers. The default was used.'],
    ['slice=eigenvectors:-1,2', 'slice=“eigenvectors:-1,2”: The loss-surface axes must be “redundant”, or “parameters:i,j” or “eigenvectors:i,j” with whole numbers i, j ≥ 0. The default was used.'],
    ['chart=accuracy', 'chart=“accuracy”: The race chart must be one of loss, gap. The default was used.'],
    ['pts=zzz', 'pts: the points in this link could not be read (the link may be cut short), so the data set’s own points were drawn.'],
    ['<img src=x onerror=alert(1)>=1', '“<img src” is not a setting of this version of Softmax Lab, so it was ignored.'],
    ['v=2&l2=0.1', 'This link was made by a newer Softmax Lab (format 2); settings this version does not know were ignored, and its data may be drawn with other points than its author saw.'],
  ])('%s falls back with a notice naming the parameter; the rest of the link still applies', async (query, notice) => {
    const { state, notices } = await readAddress(new URLSearchParams(`${query}&seed=42`));
    expect(notices).toContain(notice);
    expect(state!.lab.dataset!.seed).toBe(42);
  });

  it('every field falls back on text that cannot be its value', async () => {
    for (const field of [...LAB_FIELDS, ...RACE_FIELDS]) {
      const { notices } = await readAddress(new URLSearchParams({ [field.key]: '%%' }));
      expect(notices.some((notice) => notice.startsWith(`${field.key}=“%%”`)), field.key).toBe(true);
    }
  });
});
