import { describe, expect, it } from 'vitest';
import { defaultRaceSettings, presetSettings, RACE_PRESETS } from './racePresets';
import { fitToClasses, RACE_PRESET_IDS, validateRaceSettings, type LaneSettings, type RaceSettings } from './raceSettings';

const valid = defaultRaceSettings(3);
const withLane = (change: Partial<LaneSettings> | Record<string, unknown>): RaceSettings => ({
  ...valid,
  lanes: [{ ...valid.lanes[0], ...change } as LaneSettings, ...valid.lanes.slice(1)],
});

describe('race settings', () => {
  it('every preset is valid for K = 2 to 8, and survives a JSON round trip', () => {
    for (const id of RACE_PRESET_IDS) {
      for (let classes = 2; classes <= 8; classes++) {
        const settings = presetSettings(id, classes, valid);
        expect(validateRaceSettings(settings, classes)).toBeNull();
        expect(JSON.parse(JSON.stringify(settings))).toEqual(settings);
      }
      expect(RACE_PRESETS[id].lanes(3).length).toBeGreaterThanOrEqual(2);
    }
  });

  it.each([
    [{ ...valid, preset: 'fastest' }, /no race preset called “fastest”/],
    [{ ...valid, data: 'moons' }, /no data set called “moons”/],
    [{ ...valid, lanes: [] }, /2 to 4 lanes/],
    [{ ...valid, tolerance: 0 }, /tolerance must be a positive number/],
    [{ ...valid, stepsPerFrame: 2.5 }, /steps per frame must be a whole number/],
    [{ ...valid, chart: 'accuracy' }, /loss or the gap/],
    [withLane({ label: ' ' }), /Lane 1: a lane needs a name/],
    [withLane({ parametrization: 'half' }), /Lane 1: the parametrisation must be/],
    [withLane({ referenceClass: 3 }), /Lane 1: the reference class must be one of the classes 0 to 2/],
    [withLane({ l2: -1 }), /Lane 1: the L2 strength must be a number ≥ 0/],
    [withLane({ optimizer: { ...valid.lanes[0].optimizer, kind: 'rmsprop' } }), /Lane 1: there is no optimiser called “rmsprop”/],
    [withLane({ optimizer: { ...valid.lanes[0].optimizer, learningRate: Number.NaN } }), /Lane 1: the learning rate must be a positive number/],
    [withLane({ optimizer: undefined }), /Lane 1: its settings are incomplete/],
  ])('rejects %o with a sentence', (settings, message) => {
    expect(validateRaceSettings(settings as RaceSettings, 3)).toMatch(message);
  });

  it('fits reference classes to a smaller K and leaves fitting settings alone', () => {
    expect(fitToClasses(valid, 3)).toBe(valid);
    expect(fitToClasses(valid, 2).lanes.map((lane) => lane.referenceClass)).toEqual([1, 1, 1]);
  });
});
