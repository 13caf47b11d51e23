import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DATASET_PRESET_IDS, DEFAULT_PRESET_SETTINGS, generatePreset } from '../../model/datasets/presets';
import { DEFAULT_INIT } from '../../model/initialization';
import { createRaceStore, type RaceStore } from './createRaceStore';
import { describeLane } from './laneDescription';
import type { LabSnapshot } from './raceRunState';
import { RACE_PRESET_IDS, validateRaceSettings, type RaceDataSource } from './raceSettings';

function lab(classes: number, preset: 'blobs' | 'overlapping' = 'overlapping', count = 40): LabSnapshot {
  const generated = generatePreset(preset, { ...DEFAULT_PRESET_SETTINGS, classes, count });
  return { points: generated.points, classes: generated.classes, init: DEFAULT_INIT };
}

/** Every lane fits the race's K, and the published lanes are the lanes the settings describe. */
function expectConsistent(store: RaceStore): void {
  const { settings, lanes, data } = store.getState();
  const classes = data.classes;
  expect(validateRaceSettings(settings, classes)).toBeNull();
  expect(lanes).toHaveLength(settings.lanes.length);
  settings.lanes.forEach((lane, i) => {
    expect(lane.referenceClass).toBeLessThan(classes);
    expect(lanes[i].theta).toHaveLength(3 * classes);
    expect(lanes[i].parameters).toBe(lane.parametrization === 'full' ? 3 * classes : 3 * (classes - 1));
  });
}

const DATA_SOURCES: readonly RaceDataSource[] = ['lab', ...DATASET_PRESET_IDS];

/** One thing a user (or the lab) can do to the race. */
const action = fc.oneof(
  fc.record({ kind: fc.constant('lab' as const), classes: fc.integer({ min: 2, max: 8 }), blobs: fc.boolean() }),
  fc.record({ kind: fc.constant('reference' as const), lane: fc.integer({ min: 0, max: 3 }), referenceClass: fc.integer({ min: 0, max: 8 }) }),
  fc.record({ kind: fc.constant('parametrization' as const), lane: fc.integer({ min: 0, max: 3 }), full: fc.boolean() }),
  fc.record({ kind: fc.constant('preset' as const), id: fc.constantFrom(...RACE_PRESET_IDS) }),
  fc.record({ kind: fc.constant('data' as const), source: fc.constantFrom(...DATA_SOURCES) }),
  fc.record({ kind: fc.constantFrom('add' as const, 'remove' as const, 'step' as const, 'reset' as const) }),
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

function apply(store: RaceStore, next: Action): void {
  const state = store.getState();
  switch (next.kind) {
    case 'lab':
      return state.setLabData(lab(next.classes, next.blobs ? 'blobs' : 'overlapping'));
    case 'reference':
      return state.setLane(next.lane, { parametrization: 'reference', referenceClass: next.referenceClass });
    case 'parametrization':
      return state.setLane(next.lane, { parametrization: next.full ? 'full' : 'reference' });
    case 'preset':
      return state.choosePreset(next.id);
    case 'data':
      return state.setDataSource(next.source);
    case 'add':
      return state.addLane();
    case 'remove':
      return state.removeLane();
    case 'step':
      return state.advance(3);
    case 'reset':
      return state.reset();
  }
}

describe('the race store stays consistent with K', () => {
  test.prop([fc.array(action, { minLength: 1, maxLength: 8 })], { numRuns: 25 })('any sequence of actions leaves lanes that fit K and can step', (actions) => {
    const store = createRaceStore({ lab: lab(3) });
    for (const next of actions) {
      apply(store, next);
      expectConsistent(store);
    }
    const before = store.getState().step;
    store.getState().advance(2);
    expectConsistent(store);
    expect(store.getState().step === before + 2 || store.getState().status === 'finished').toBe(true);
  });

  it('reference class 2, then K = 2: the lane moves to class 1 and is renamed with it', () => {
    const store = createRaceStore({ lab: lab(3) });
    store.getState().setLane(1, { optimizer: { kind: 'adam' } });
    expect(store.getState().settings.lanes[1].label).toBe('reference class 2 · Adam η = 0.5');
    store.getState().setLabData(lab(2));
    const lane = store.getState().settings.lanes[1];
    expect(lane.referenceClass).toBe(1);
    expect(lane.label).toBe(describeLane(lane));
    expect(lane.label).toBe('reference class 1 · Adam η = 0.5');
    store.getState().stepOnce();
    expect(store.getState().lanes[1].steps).toBe(1);
  });

  it('a lab snapshot whose points do not fit its K is refused, and the race keeps its points', () => {
    const store = createRaceStore({ lab: lab(3) });
    const points = store.getState().points;
    store.getState().setLabData({ ...lab(3), classes: 2 });
    expect(store.getState().message).toMatch(/The lab’s points could not be raced on: point \d+ has class 2, but K = 2\. The race keeps its points\./);
    expect(store.getState().points).toBe(points);
    expect(store.getState().data.classes).toBe(3);
    store.getState().stepOnce();
    expect(store.getState().step).toBe(1);
  });
});
