import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_SETTINGS, generatePreset, type DatasetPresetId } from '../../model/datasets/presets';
import { DEFAULT_INIT, type InitSettings } from '../../model/initialization';
import { createObjective } from '../../model/objective';
import { restrict } from '../../model/parameters';
import { manualFrames } from '../testing/manualFrames';
import { FRAME_BUDGET_MS } from '../frameLoop';
import { createRaceStore } from './createRaceStore';
import { LOCKSTEP_BLOCK } from './raceActions';
import { startRaceLoop } from './raceLoop';
import { defaultRaceSettings } from './racePresets';
import type { LabSnapshot } from './raceRunState';

const RANDOM_INIT: InitSettings = { kind: 'random', seed: 3, scale: 0.5, offset: [0.3, -0.2, 0.1] };

function lab(preset: DatasetPresetId = 'blobs', init: InitSettings = DEFAULT_INIT): LabSnapshot {
  const generated = generatePreset(preset, DEFAULT_PRESET_SETTINGS);
  return { points: generated.points, classes: generated.classes, init };
}

describe('the race store', () => {
  it('starts with the parametrisation race: full, reference class, full + L2, all on the lab’s points', () => {
    const snapshot = lab();
    const state = createRaceStore({ lab: snapshot }).getState();
    expect(state.settings.preset).toBe('parametrization');
    expect(state.settings.lanes.map((lane) => lane.label)).toEqual(['full', 'reference class', 'full + L2']);
    expect(state.points).toBe(snapshot.points);
    expect(state.lanes.map((lane) => lane.parameters)).toEqual([9, 6, 9]);
    expect(state.message).toBeNull();
  });

  it('starts every lane from the same classifier: equal probabilities at step 0', () => {
    const store = createRaceStore({ lab: lab('overlapping', RANDOM_INIT) });
    const { lanes, data, settings } = store.getState();
    const probabilities = settings.lanes.map((lane, i) => {
      const parametrization = { kind: lane.parametrization, referenceClass: lane.referenceClass };
      const objective = createObjective(data, { parametrization, l2: lane.l2, penalizeBias: lane.penalizeBias });
      return objective.probabilities(restrict(lanes[i].theta, data.classes, parametrization));
    });
    probabilities.slice(1).forEach((table) => table.forEach((p, j) => expect(p).toBeCloseTo(probabilities[0][j], 12)));
    expect(lanes[1].loss).toBeCloseTo(lanes[0].loss, 12);
  });

  it('steps every lane in lockstep, one step per race step', () => {
    const store = createRaceStore({ lab: lab('overlapping') });
    store.getState().advance(25);
    const state = store.getState();
    expect(state.step).toBe(25);
    expect(state.lanes.map((lane) => lane.steps)).toEqual([25, 25, 25]);
    state.lanes.forEach((lane) => expect(lane.history.latest?.step).toBe(24));
    store.getState().stepOnce();
    expect(store.getState().lanes.map((lane) => lane.steps)).toEqual([26, 26, 26]);
    expect(store.getState().status).toBe('paused');
  });

  it('full and reference lanes end with the same predicted classes on overlapping, unregularised data', () => {
    const store = createRaceStore({ lab: lab('overlapping') });
    expect(store.getState().separation).toBe('overlapping');
    store.getState().advance(3000);
    store.getState().pause();
    store.getState().stepOnce(); // forces a fresh comparison of the lanes
    const [full, reference] = store.getState().lanes;
    expect(reference.agreement.points).toBe(store.getState().points.length);
    expect(reference.agreement.regions).toBeGreaterThan(0.999);
    expect(reference.loss).toBeCloseTo(full.loss, 6);
    // Both reached the shared target J* + tolerance; the full model has 3 parameters more.
    expect(full.stepsToReach).not.toBeNull();
    expect(reference.stepsToReach).not.toBeNull();
    expect(full.parameters - reference.parameters).toBe(3);
  });

  it('Adam moves the class-mean m, GD does not', () => {
    const store = createRaceStore({ lab: lab('blobs', RANDOM_INIT) });
    store.getState().choosePreset('optimizer');
    const [gdBefore, adamBefore] = store.getState().lanes;
    expect(store.getState().settings.lanes.map((lane) => lane.optimizer.kind)).toEqual(['gd', 'adam']);
    expect(adamBefore.redundantNorm).toBeCloseTo(gdBefore.redundantNorm, 12);
    store.getState().advance(200);
    const [gd, adam] = store.getState().lanes;
    expect(Math.abs(gd.redundantNorm - gdBefore.redundantNorm)).toBeLessThan(1e-12);
    expect(Math.abs(adam.redundantNorm - adamBefore.redundantNorm)).toBeGreaterThan(0.05);
  });

  it('separable preset: the λ = 0 lane’s ‖θ‖ keeps growing while the λ > 0 lane’s settles', () => {
    const store = createRaceStore({ lab: lab('overlapping') });
    store.getState().choosePreset('separable');
    expect(store.getState().settings.data).toBe('separable');
    expect(store.getState().separation).toBe('completelySeparable');
    store.getState().advance(2000);
    const [free2000, penalised2000] = store.getState().lanes.map((lane) => lane.thetaNorm);
    store.getState().advance(2000);
    const [free4000, penalised4000] = store.getState().lanes.map((lane) => lane.thetaNorm);
    expect(free4000 - free2000).toBeGreaterThan(1);
    expect(Math.abs(penalised4000 - penalised2000)).toBeLessThan(1e-6);
  });

  it('reports a singular Hessian for the full unregularised lane only', () => {
    const store = createRaceStore({ lab: lab('overlapping') });
    store.getState().stepOnce();
    const [full, reference, regularised] = store.getState().lanes;
    expect(full.hessian.zeroEigenvalues).toBe(3);
    expect(full.hessian.conditionNumber).toBe(Infinity);
    expect(Number.isFinite(reference.hessian.conditionNumber)).toBe(true);
    expect(Number.isFinite(regularised.hessian.conditionNumber)).toBe(true);
    // On the identifiable directions every lane has a finite κ, the full lane's included.
    for (const lane of [full, reference, regularised]) expect(lane.hessian.identifiable.condition).toBeGreaterThanOrEqual(1);
    expect(Number.isFinite(full.hessian.identifiable.condition)).toBe(true);
    // Without L2 the reference lane's free Hessian is its identifiable one: the two κ agree.
    expect(reference.hessian.identifiable.condition).toBeCloseTo(reference.hessian.conditionNumber, 9);
  });

  it('Newton lanes stop when they converge while the race goes on, and finish the race together', () => {
    const store = createRaceStore({ lab: lab('overlapping') });
    store.getState().choosePreset('newton');
    store.getState().play();
    store.getState().advance(200);
    const state = store.getState();
    expect(state.lanes.every((lane) => lane.status === 'converged')).toBe(true);
    expect(state.lanes.every((lane) => lane.steps < 50)).toBe(true);
    expect(state.status).toBe('finished');
    expect(state.playing).toBe(false);
    expect(state.lanes.every((lane) => lane.stepsToReach !== null && lane.stepsToReach < 20)).toBe(true);
  });

  it('a changed tolerance recomputes steps to reach without restarting the race', () => {
    const store = createRaceStore({ lab: lab('overlapping') });
    store.getState().advance(300);
    const tight = store.getState().lanes.map((lane) => lane.stepsToReach ?? Infinity);
    store.getState().setTolerance(1e-2);
    const loose = store.getState().lanes.map((lane) => lane.stepsToReach ?? Infinity);
    expect(store.getState().step).toBe(300);
    loose.forEach((steps, i) => expect(steps).toBeLessThanOrEqual(tight[i]));
    expect(loose[0]).toBeLessThan(tight[0]);
  });

  it('a lane change names the lane after its settings and restarts the race; bad values are refused with a message', () => {
    const store = createRaceStore({ lab: lab('overlapping') });
    store.getState().advance(10);
    store.getState().setLane(1, { optimizer: { kind: 'adam', learningRate: 0.05 } });
    let state = store.getState();
    expect(state.step).toBe(0);
    expect(state.settings.preset).toBe('custom');
    expect(state.settings.lanes[1].label).toBe('reference class 2 · Adam η = 0.05');
    store.getState().setLane(0, { optimizer: { learningRate: -1 } });
    state = store.getState();
    expect(state.message).toMatch(/Lane 1: the learning rate must be a positive number/);
    expect(state.settings.lanes[0].optimizer.learningRate).toBe(0.5);
  });

  it('switches the chart between loss and gap without restarting the race', () => {
    const store = createRaceStore({ lab: lab('overlapping') });
    store.getState().advance(5);
    store.getState().setChart('gap');
    expect(store.getState().settings.chart).toBe('gap');
    expect(store.getState().step).toBe(5);
    store.getState().choosePreset('optimizer');
    expect(store.getState().settings.chart).toBe('gap');
  });

  it('adds lanes up to four and removes them down to two', () => {
    const store = createRaceStore({ lab: lab('overlapping') });
    store.getState().addLane();
    expect(store.getState().settings.lanes.map((lane) => lane.label)).toEqual(['full', 'reference class', 'full + L2', 'Adam']);
    store.getState().addLane();
    expect(store.getState().settings.lanes).toHaveLength(4);
    expect(store.getState().message).toMatch(/at most 4 lanes/);
    store.getState().removeLane();
    store.getState().removeLane();
    store.getState().removeLane();
    expect(store.getState().lanes).toHaveLength(2);
    expect(store.getState().message).toMatch(/at least 2 lanes/);
  });

  it('new lab points restart the race on them, with reference classes that fit the new K', () => {
    const store = createRaceStore({ lab: lab('overlapping') });
    store.getState().advance(5);
    const twoClasses = lab('two-classes');
    store.getState().setLabData(twoClasses);
    const state = store.getState();
    expect(state.step).toBe(0);
    expect(state.data.classes).toBe(2);
    expect(state.settings.lanes[1].referenceClass).toBe(1);
    expect(state.lanes[1].parameters).toBe(3);
    // The same points again change nothing.
    store.getState().advance(3);
    store.getState().setLabData({ ...twoClasses });
    expect(store.getState().step).toBe(3);
  });

  it('with no points, says where to get some instead of racing on nothing', () => {
    const store = createRaceStore({ lab: { points: [], classes: 3, init: DEFAULT_INIT } });
    expect(store.getState().message).toMatch(/The lab has no points to race on/);
    store.getState().advance(5);
    expect(store.getState().status).toBe('finished');
    // As in the lab, with no points no loss is claimed (NaN, "—" on screen); the run stops at once.
    expect(store.getState().lanes.every((lane) => lane.status === 'converged' && Number.isNaN(lane.loss))).toBe(true);
  });

  it('unusable settings fall back to the parametrisation race with a message', () => {
    const settings = { ...defaultRaceSettings(3), lanes: defaultRaceSettings(3).lanes.slice(0, 1) };
    const state = createRaceStore({ lab: lab(), settings }).getState();
    expect(state.settings.lanes).toHaveLength(3);
    expect(state.message).toMatch(/could not be used: The lanes must be a list of 2 to 4 lanes/);
  });

  it('the loop steps only while playing, and a frame stops at its time budget', () => {
    let now = 0;
    // Every reading of the clock advances it 1 ms: a frame's budget runs out after a few blocks of steps.
    const clock = () => (now += 1);
    const store = createRaceStore({ lab: lab('overlapping'), clock });
    store.getState().setStepsPerFrame(1000);
    const frames = manualFrames();
    const stop = startRaceLoop(store, frames.scheduler, clock, (callback) => callback());
    frames.runFrame();
    expect(store.getState().step).toBe(0);
    store.getState().play();
    frames.runFrame();
    const afterOneFrame = store.getState().step;
    expect(afterOneFrame).toBeGreaterThan(0);
    expect(afterOneFrame).toBeLessThan(1000);
    store.getState().pause();
    frames.runFrame();
    expect(store.getState().step).toBe(afterOneFrame);
    stop();
  });

  it('the race’s frame budget follows the rest of its frames, as the lab’s does: fewer steps when its panels take long', () => {
    let now = 0;
    const clock = () => (now += 1);
    const store = createRaceStore({ lab: lab('overlapping'), clock: () => 0 });
    store.getState().setStepsPerFrame(1000);
    expect(store.getState().settings.stepsPerFrame).toBe(1000);
    const frames = manualFrames();
    const ends: Array<() => void> = [];
    const stop = startRaceLoop(store, frames.scheduler, clock, (callback) => void ends.push(callback));
    store.getState().play();
    const blocksOfFrame = (restMs: number) => {
      const before = store.getState().step;
      frames.runFrame();
      now += restMs;
      ends.splice(0).forEach((end) => end());
      return (store.getState().step - before) / LOCKSTEP_BLOCK;
    };
    // A block of lanes' steps reads the clock once (1 ms); the first frame has the starting 8 ms.
    expect(blocksOfFrame(1)).toBe(FRAME_BUDGET_MS);
    const quick = Array.from({ length: 30 }, () => blocksOfFrame(1)).at(-1)!;
    const slow = Array.from({ length: 30 }, () => blocksOfFrame(10)).at(-1)!;
    expect(quick).toBeGreaterThan(FRAME_BUDGET_MS);
    expect(slow).toBeLessThan(FRAME_BUDGET_MS);
    stop();
  });
});
