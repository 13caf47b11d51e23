import { describe, expect, it } from 'vitest';
import { describeLane } from './laneDescription';
import { defaultRaceSettings, presetSettings, RACE_PRESETS } from './racePresets';
import { MAX_STEPS_PER_FRAME } from '../schema/limits';
import { labField } from '../schema/labFields';
import { fitToClasses, RACE_PRESET_IDS, settingsForClasses, validateRaceSettings, type LaneSettings, type RaceSettings } from './raceSettings';

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
    [{ ...valid, preset: 'fastest' }, /The race preset must be one of parametrization, optimizer, newton, separable, margin, custom/],
    [{ ...valid, data: 'moons' }, /The race’s data must be one of lab, blobs/],
    [{ ...valid, lanes: [] }, /The lanes must be a list of 2 to 4 lanes/],
    [{ ...valid, tolerance: 0 }, /target’s loss gap must be a positive number/],
    [{ ...valid, stepsPerFrame: MAX_STEPS_PER_FRAME + 1 }, /steps per frame must be a whole number from 1 to 1000/],
    [{ ...valid, stepsPerFrame: 2.5 }, /steps per frame must be a whole number/],
    [{ ...valid, chart: 'accuracy' }, /The race chart must be one of loss, gap/],
    [withLane({ label: ' ' }), /Lane 1: a lane needs a name/],
    [withLane({ label: 'x'.repeat(61) }), /Lane 1: a lane needs a name of 1 to 60 characters/],
    [withLane({ parametrization: 'half' }), /Lane 1: the parametrization must be one of full, reference/],
    [withLane({ referenceClass: 3 }), /Lane 1: the reference class must be one of the classes 0 to 2/],
    [withLane({ l2: -1 }), /Lane 1: the L2 strength must be a number ≥ 0/],
    [withLane({ optimizer: { ...valid.lanes[0].optimizer, kind: 'rmsprop' } }), /Lane 1: the optimizer must be one of gd, sgd, momentum, adam, newton, lbfgs/],
    [withLane({ optimizer: { ...valid.lanes[0].optimizer, learningRate: Number.NaN } }), /Lane 1: the learning rate must be a positive number/],
    [withLane({ optimizer: undefined }), /Lane 1: its settings are incomplete/],
  ])('rejects %o with a sentence', (settings, message) => {
    expect(validateRaceSettings(settings as RaceSettings, 3)).toMatch(message);
  });

  it('fits reference classes to a smaller K and leaves fitting settings alone', () => {
    expect(fitToClasses(valid, 3)).toBe(valid);
    expect(fitToClasses(valid, 2).lanes.map((lane) => lane.referenceClass)).toEqual([1, 1, 1]);
  });

  it('a lane named after its settings is renamed with its fitted reference class; a preset lane keeps its name', () => {
    const handMade = { ...valid.lanes[1], optimizer: { ...valid.lanes[1].optimizer, kind: 'adam' as const } };
    const named = { ...handMade, label: describeLane(handMade) };
    expect(named.label).toBe('reference class 2 · Adam η = 0.5');
    const fitted = fitToClasses({ ...valid, preset: 'custom', lanes: [valid.lanes[0], named] }, 2);
    expect(fitted.lanes[1]).toMatchObject({ referenceClass: 1, label: 'reference class 1 · Adam η = 0.5' });
    expect(fitted.lanes[0].label).toBe('full');
  });

  it('settings meet a K in one step: fitted, then validated against it', () => {
    const fitted = settingsForClasses(valid, 2);
    expect('settings' in fitted && fitted.settings.lanes.every((lane) => lane.referenceClass < 2)).toBe(true);
    expect(settingsForClasses({ ...valid, stepsPerFrame: 5000 }, 2)).toEqual({ problem: 'Race steps per frame must be a whole number from 1 to 1000.' });
  });

  it('the parametrisation question names what differs (one row fixed at 0), not the sum-to-one restriction both keep', () => {
    const { question } = RACE_PRESETS.parametrization;
    expect(question).not.toMatch(/sum-to-one restriction/);
    expect(question).toContain('one row fixed at 0');
    expect(question).toContain('The probabilities sum to one in both.');
  });
});

describe('the race presets’ names', () => {
  it('spell “Parametrization” as the Model panel’s control does, which the preset is about', () => {
    const control = labField('model', 'parametrization').input!.label;
    expect(control).toBe('Parametrization');
    expect(RACE_PRESETS.parametrization.label).toBe(`${control}: full vs reference vs L2`);
    for (const id of RACE_PRESET_IDS) expect(RACE_PRESETS[id].label).not.toMatch(/parametris/i);
  });
});
