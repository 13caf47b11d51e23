import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { startTrainingLoop } from './trainingLoop';
import { manualFrames } from './testing/manualFrames';
import { separationFound } from './testing/separationFound';
import { DEFAULT_DATASET, DEFAULT_MODEL, DEFAULT_TRAINING } from './settings';
import { messageText } from './testing/messageText';

describe('the lab store', () => {
  it('a step changes the loss and θ and counts one step', () => {
    const store = createAppStore();
    const { theta, current } = store.getState();
    store.getState().stepOnce();
    const after = store.getState();
    expect(after.step).toBe(1);
    expect(after.current.loss).toBeLessThan(current.loss);
    expect(Array.from(after.theta)).not.toEqual(Array.from(theta));
  });

  it('reset returns the same seeded initial θ, at step 0, with empty curves', () => {
    const store = createAppStore({ init: { kind: 'random', seed: 5, scale: 0.5, offset: [0, 0, 0] } });
    const initial = Array.from(store.getState().theta);
    store.getState().advance(25);
    store.getState().reset();
    expect(Array.from(store.getState().theta)).toEqual(initial);
    expect(store.getState().step).toBe(0);
    expect(store.getState().history.samples).toHaveLength(0);
  });

  it('shifting all classes changes θ and m but neither the loss nor the accuracy', () => {
    const store = createAppStore();
    store.getState().advance(10);
    const before = store.getState();
    store.getState().shiftAllClasses([1, -2, 0.5]);
    const after = store.getState();
    expect(after.theta[0]).toBeCloseTo(before.theta[0] + 1, 12);
    expect(after.summary.redundant[1]).toBeCloseTo(before.summary.redundant[1] - 2, 12);
    expect(after.current.loss).toBeCloseTo(before.current.loss, 12);
    expect(after.current.accuracy).toBe(before.current.accuracy);
  });

  it('the loop steps only while playing, stepsPerFrame steps a frame', () => {
    const store = createAppStore({ training: { ...DEFAULT_TRAINING, stepsPerFrame: 3, tolerance: 1e-9 } });
    const frames = manualFrames();
    // A clock that stands still: the frame budget never cuts a frame short, however loaded the machine.
    const stop = startTrainingLoop(store, frames.scheduler, () => 0);
    expect(frames.pending()).toBe(0);
    store.getState().play();
    frames.runFrame();
    frames.runFrame();
    expect(store.getState().step).toBe(6);
    store.getState().pause();
    expect(frames.pending()).toBe(0);
    frames.runFrame();
    expect(store.getState().step).toBe(6);
    stop();
  });

  it('a reference class shows a zero row and the same classifier', () => {
    const store = createAppStore();
    store.getState().advance(20);
    const accuracyBefore = store.getState().current.accuracy;
    const lossBefore = store.getState().current.loss;
    store.getState().setModel({ parametrization: 'reference', referenceClass: 1 });
    const { theta, current } = store.getState();
    expect(Array.from(theta.subarray(3, 6))).toEqual([0, 0, 0]);
    expect(current.loss).toBeCloseTo(lossBefore, 12);
    expect(current.accuracy).toBe(accuracyBefore);
  });

  it('without L2, GD leaves ‖m‖ where it started while Adam moves it', () => {
    const start = { kind: 'random' as const, seed: 3, scale: 0.5, offset: [1, 1, 1] as [number, number, number] };
    const gd = createAppStore({ init: start });
    const adam = createAppStore({ init: start });
    adam.getState().setOptimizer({ kind: 'adam', learningRate: 0.05 });
    const m0 = gd.getState().summary.redundantNorm;
    gd.getState().advance(50);
    adam.getState().advance(50);
    expect(Math.abs(gd.getState().summary.redundantNorm - m0)).toBeLessThan(1e-12);
    expect(Math.abs(adam.getState().summary.redundantNorm - m0)).toBeGreaterThan(1e-3);
  });

  it('with L2 on everything, ‖m‖ decays by (1 − ηλ) per GD step', () => {
    const store = createAppStore({ init: { kind: 'zeros', seed: 1, scale: 0.5, offset: [1, 2, 3] } });
    store.getState().setModel({ l2: 0.1, penalizeBias: true });
    const m0 = store.getState().summary.redundantNorm;
    store.getState().advance(10);
    const eta = store.getState().optimizer.learningRate;
    expect(store.getState().summary.redundantNorm).toBeCloseTo(m0 * (1 - eta * 0.1) ** 10, 10);
  });

  it('a learning rate that blows up stops the run with a message and keeps a finite θ', () => {
    const store = createAppStore({ dataset: { ...DEFAULT_DATASET, preset: 'overlapping' } });
    store.getState().setOptimizer({ learningRate: 1e307 });
    store.getState().play();
    store.getState().advance(50);
    const state = store.getState();
    expect(state.status).toBe('diverged');
    expect(state.playing).toBe(false);
    expect(messageText(state.message)).toMatch(/diverged/);
    expect(state.theta.every(Number.isFinite)).toBe(true);
  });

  it('rejects unusable settings with a message and keeps the old ones', () => {
    const store = createAppStore();
    store.getState().setOptimizer({ learningRate: -1 });
    expect(store.getState().optimizer.learningRate).toBe(0.5);
    expect(messageText(store.getState().message)).toMatch(/learning rate/);
    store.getState().setModel({ l2: Number.NaN });
    expect(store.getState().model.l2).toBe(0);
  });

  it('clicking adds a point of the selected class; erasing removes the nearest', () => {
    const store = createAppStore();
    const count = store.getState().points.length;
    store.getState().setView({ selectedClass: 2 });
    store.getState().addPoint(9, 9);
    expect(store.getState().points.at(-1)).toEqual({ x1: 9, x2: 9, label: 2 });
    expect(store.getState().data.labels.length).toBe(count + 1);
    store.getState().removeNearestPoint(8.9, 9.1, 0.5);
    expect(store.getState().points).toHaveLength(count);
  });

  it('a point added or erased while playing keeps θ, the step count, the curves and play; the run goes on', () => {
    const store = createAppStore();
    store.getState().play();
    store.getState().advance(30);
    const before = store.getState();
    store.getState().addPoint(4, -4);
    const after = store.getState();
    expect(after.step).toBe(30);
    after.theta.forEach((value, i) => expect(value).toBeCloseTo(before.theta[i], 12));
    expect(after.history.samples.length).toBe(before.history.samples.length);
    expect(after.playing).toBe(true);
    expect(after.status).toBe('playing');
    // The loss at the same θ changed with the data, and the next steps fit the new points.
    expect(after.current.loss).not.toBe(before.current.loss);
    store.getState().advance(5);
    expect(store.getState().step).toBe(35);
    expect(store.getState().history.latest?.step).toBe(34);
    store.getState().removeNearestPoint(4, -4, 0.5);
    expect(store.getState().step).toBe(35);
    expect(store.getState().playing).toBe(true);
  });

  it('a new data set, a new K or Reset still starts a new run at step 0', () => {
    const store = createAppStore();
    store.getState().advance(10);
    store.getState().setDataset({ seed: 7 });
    expect(store.getState().step).toBe(0);
    store.getState().advance(10);
    store.getState().setClasses(4);
    expect(store.getState().step).toBe(0);
    store.getState().addPoint(1, 1);
    store.getState().advance(3);
    store.getState().reset();
    expect(store.getState().step).toBe(0);
    expect(store.getState().history.samples).toHaveLength(0);
  });

  it('erasing the last point while playing stops with the no-points message', () => {
    const store = createAppStore({ points: [{ x1: 0, x2: 0, label: 0 }], pointsEdited: true });
    store.getState().play();
    store.getState().advance(2);
    store.getState().removeNearestPoint(0, 0, 0.5);
    expect(store.getState().playing).toBe(false);
    expect(messageText(store.getState().message)).toMatch(/no points/);
  });

  it('the separable preset is reported completely separable and the overlapping one overlapping', async () => {
    expect((await separationFound(createAppStore({ dataset: { ...DEFAULT_DATASET, preset: 'separable' } }))).separation).toBe('completelySeparable');
    expect((await separationFound(createAppStore({ dataset: { ...DEFAULT_DATASET, preset: 'overlapping' } }))).separation).toBe('overlapping');
  });

  it('whether J has a minimiser follows λ and the bias penalty as well as the points', async () => {
    const store = createAppStore({ dataset: { ...DEFAULT_DATASET, preset: 'separable' } });
    await separationFound(store);
    expect(store.getState().existence).toEqual({ kind: 'none', reason: 'completelySeparable', emptyClass: null });
    store.getState().setModel({ ...store.getState().model, l2: 0.01, penalizeBias: false });
    expect(store.getState().existence).toEqual({ kind: 'exists', minimisers: 'biasShift' });
  });
});

describe('while the separation of the points is being found (off the main thread)', () => {
  it('with λ = 0 whether J has a minimiser is unknown, and said to be, until the answer arrives', async () => {
    const store = createAppStore({ dataset: { ...DEFAULT_DATASET, preset: 'separable' } });
    expect(store.getState().separation).toBeNull();
    expect(store.getState().existence).toEqual({ kind: 'unknown' });
    const found = await separationFound(store);
    expect(found.existence).toEqual({ kind: 'none', reason: 'completelySeparable', emptyClass: null });
  });

  it('with L2 on every entry J has one minimiser whatever the points: known at once', () => {
    const store = createAppStore({ model: { ...DEFAULT_MODEL, l2: 0.1, penalizeBias: true } });
    expect(store.getState().separation).toBeNull();
    expect(store.getState().existence).toEqual({ kind: 'exists', minimisers: 'unique', heldBy: 'l2' });
  });

  it('no run ends as converged before a minimiser is known to exist; once it is, the same run converges', async () => {
    // Newton on overlapping points reaches the tolerance within a few steps: without the answer it must not stop there.
    const store = createAppStore({ dataset: { ...DEFAULT_DATASET, preset: 'overlapping' } });
    store.getState().setOptimizer({ kind: 'newton' });
    store.getState().advance(30);
    expect(store.getState().existence).toEqual({ kind: 'unknown' });
    expect(store.getState().status).not.toBe('converged');
    expect(messageText(store.getState().message) ?? '').not.toMatch(/onverged:/);
    await separationFound(store);
    expect(store.getState().existence).toEqual({ kind: 'exists', minimisers: 'flat', parametrization: 'full', span: 3, dimension: 3 });
    store.getState().advance(30);
    expect(store.getState().status).toBe('converged');
  });

  it('new points are unknown again, and an answer for points since replaced is dropped', async () => {
    const store = createAppStore({ dataset: { ...DEFAULT_DATASET, preset: 'separable' } });
    await separationFound(store);
    store.getState().setDataset({ ...store.getState().dataset, preset: 'overlapping' });
    expect(store.getState().separation).toBeNull();
    store.getState().setDataset({ ...store.getState().dataset, preset: 'separable', seed: 2 });
    const seen: unknown[] = [];
    const stop = store.subscribe((state) => seen.push(state.separation));
    const found = await separationFound(store);
    stop();
    expect(found.separation).toBe('completelySeparable');
    expect(seen).not.toContain('overlapping');
  });

  it('no points need no test: known at once', () => {
    expect(createAppStore({ dataset: { ...DEFAULT_DATASET, count: 0 } }).getState().separation).toBe('noPoints');
  });
});
