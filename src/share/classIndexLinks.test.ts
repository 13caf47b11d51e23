import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store/createAppStore';
import { initialSettings } from '../store/initialSettings';
import { defaultRaceSettings } from '../store/race/racePresets';
import { writeRace } from './raceAddress';
import { DEFAULT_MODEL } from '../store/settings';
import { startupState } from './startup';
import { readAddress } from './addressReader';

describe('a class index beyond the link’s K is refused with a notice, never clamped without a word', () => {
  it.each([
    ['k=3&param=reference&ref=5', 'ref=“5”: The reference class must be one of the classes 0 to 2 (this link has K = 3). The default was used.'],
    ['k=2&cls=2', 'cls=“2”: The selected class must be one of the classes 0 to 1 (this link has K = 2). The default was used.'],
    ['data=xor&k=2&ref=7', 'ref=“7”: The reference class must be one of the classes 0 to 1 (this link has K = 2). The default was used.'],
  ])('%s', async (query, notice) => {
    const { notices } = await readAddress(new URLSearchParams(query));
    expect(notices).toEqual([notice]);
  });

  it('the refused index takes the default (which follows K), and the rest of the link applies', async () => {
    const startup = await startupState('?k=3&param=reference&ref=5&cls=9&l2=0.25', null);
    const state = createAppStore(startup.lab).getState();
    expect(state.model.referenceClass).toBe(DEFAULT_MODEL.referenceClass);
    expect(state.view.selectedClass).toBe(0);
    expect(state.model.l2).toBe(0.25);
    expect(state.message).toBeNull();
    expect(startup.notices).toHaveLength(2);
  });

  it('negative control: an index below K is used as it is, with no notice', async () => {
    const startup = await startupState('?k=4&param=reference&ref=3&cls=3', null);
    expect(startup.notices).toEqual([]);
    const state = createAppStore(startup.lab).getState();
    expect(state.model.referenceClass).toBe(3);
    expect(state.view.selectedClass).toBe(3);
  });

  it('the default reference class follows a smaller K silently: it is no one’s choice', async () => {
    const startup = await startupState('?k=2', null);
    expect(startup.notices).toEqual([]);
    expect(createAppStore(startup.lab).getState().model.referenceClass).toBe(1);
  });

  it('a store asked for a class index beyond K (not through a link) says so in its message', () => {
    const { settings, message } = initialSettings({ classes: 3, model: { ...DEFAULT_MODEL, referenceClass: 6 } });
    expect(settings.model.referenceClass).toBe(DEFAULT_MODEL.referenceClass);
    expect(message).toContain('The reference class 6 is not one of the classes 0 to 2.');
  });

  it('a race lane whose reference class is beyond K is refused with a notice naming it; the default lanes run', async () => {
    const race = defaultRaceSettings(5);
    const lanes = race.lanes.map((lane, i) => (i === 1 ? { ...lane, label: 'mine', parametrization: 'reference' as const, referenceClass: 4 } : lane));
    const params = new URLSearchParams('k=3');
    writeRace(params, { ...race, preset: 'custom', lanes }, 5);
    const { state, notices } = await readAddress(params);
    expect(notices).toEqual(['lanes: lane 2’s reference class 4 must be one of the classes 0 to 2 (this link has K = 3). The default lanes were used.']);
    expect(state!.race!.lanes).toEqual(defaultRaceSettings(3).lanes);
  });
});
