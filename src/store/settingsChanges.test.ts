import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { DEFAULT_DATASET, DEFAULT_OPTIMIZER, settingsOf } from './settings';
import { messageText } from './testing/messageText';

describe('changing settings keeps the store consistent', () => {
  it('reference class 2, then Classes = 2: the reference class follows K and Step works (the reported crash)', () => {
    const store = createAppStore();
    store.getState().setModel({ parametrization: 'reference' });
    expect(store.getState().model.referenceClass).toBe(2);
    store.getState().setView({ selectedClass: 2 });
    store.getState().setClasses(2);
    const state = store.getState();
    expect(state.message).toBeNull();
    expect(state.classes).toBe(2);
    expect(state.data.classes).toBe(2);
    expect(state.theta).toHaveLength(6);
    expect(state.model.referenceClass).toBe(1);
    expect(state.view.selectedClass).toBe(1);
    expect(() => state.stepOnce()).not.toThrow();
    expect(store.getState().step).toBe(1);
    expect(() => store.getState().reset()).not.toThrow();
  });

  it('applySettings takes a whole change or none of it', () => {
    const store = createAppStore();
    const before = settingsOf(store.getState());
    store.getState().applySettings({ ...before, classes: 2, model: { ...before.model, parametrization: 'reference', referenceClass: 2 } });
    expect(messageText(store.getState().message)).toBe('These points use class 2, so K must be at least 3.');
    expect(settingsOf(store.getState())).toEqual(before);
    store.getState().applySettings({ ...before, optimizer: { ...before.optimizer, learningRate: 0.1 }, model: { ...before.model, referenceClass: 3 } });
    expect(messageText(store.getState().message)).toBe('The reference class must be one of the classes 0 to 2.');
    expect(settingsOf(store.getState())).toEqual(before);
    store.getState().applySettings({ ...before, optimizer: { ...before.optimizer, learningRate: 0.1 } });
    expect(store.getState().optimizer.learningRate).toBe(0.1);
  });

  it('unusable settings at creation fall back to the defaults, with a message, and never throw', () => {
    const store = createAppStore({ optimizer: { ...DEFAULT_OPTIMIZER, learningRate: -1 } });
    expect(store.getState().optimizer.learningRate).toBe(DEFAULT_OPTIMIZER.learningRate);
    expect(messageText(store.getState().message)).toBe('Some settings could not be used, so their defaults were taken. The learning rate must be a positive number.');
    const badPoints = createAppStore({ points: [{ x1: 0, x2: 0, label: 5 }], classes: 3 });
    expect(badPoints.getState().points).toHaveLength(200);
    expect(badPoints.getState().message).toMatch(/class 5, so K must be at least 6/);
  });

  it('every action validates: a negative init scale, a selected class 42, a data seed 1e308 are refused', () => {
    const store = createAppStore();
    const before = settingsOf(store.getState());
    store.getState().setInit({ kind: 'random', scale: -1 });
    expect(messageText(store.getState().message)).toMatch(/init scale σ must be a number from 0 to 100:/);
    store.getState().setView({ selectedClass: 42 });
    expect(messageText(store.getState().message)).toBe('The selected class must be one of the classes 0 to 2.');
    store.getState().setDataset({ seed: 1e308 });
    expect(messageText(store.getState().message)).toBe('The data seed must be a whole number from 0 to 4294967295.');
    store.getState().setTraining({ stepsPerFrame: 10_000 });
    expect(messageText(store.getState().message)).toBe('Steps per frame must be a whole number from 1 to 1000.');
    expect(settingsOf(store.getState())).toEqual(before);
  });

  it('a shift or an offset past the largest class-mean is refused, naming the limit', () => {
    const store = createAppStore();
    store.getState().shiftAllClasses([1e300, 0, 0]);
    expect(store.getState().summary.redundant[0]).toBe(1e300);
    store.getState().shiftAllClasses([1e300, 0, 0]);
    expect(messageText(store.getState().message)).toMatch(/^That shift would make an entry of the class-mean m reach 2\.0e300; the lab allows \|m\| entries up to 1e300/);
    expect(store.getState().summary.redundant[0]).toBe(1e300);
    store.getState().setInit({ offset: [0, 0, 1e308] });
    expect(messageText(store.getState().message)).toMatch(/^That offset would make/);
    expect(store.getState().init.offset).toEqual([0, 0, 0]);
  });

  it('the trajectory tells steps from shifts', () => {
    const store = createAppStore();
    store.getState().advance(5);
    store.getState().shiftAllClasses([1, 0, 0]);
    store.getState().advance(2);
    const { trajectory, trajectoryMoves } = store.getState();
    expect(trajectory).toHaveLength(9);
    expect(trajectoryMoves).toEqual(['step', 'step', 'step', 'step', 'step', 'shift', 'step', 'step']);
  });
});

describe('points edited by hand', () => {
  it('are recorded as edited, and a new draw offers Undo that brings them (and K) back', () => {
    const store = createAppStore({ dataset: { ...DEFAULT_DATASET, count: 30 } });
    expect(store.getState().pointsEdited).toBe(false);
    store.getState().addPoint(9, 9);
    const edited = store.getState().points;
    expect(store.getState().pointsEdited).toBe(true);
    store.getState().setClasses(4);
    expect(store.getState().classes).toBe(4);
    expect(store.getState().pointsEdited).toBe(false);
    expect(messageText(store.getState().message)).toBe('The 31 points you edited by hand were replaced by newly drawn ones.');
    expect(store.getState().restorable).not.toBeNull();
    store.getState().undoPointsChange();
    expect(store.getState().points).toBe(edited);
    expect(store.getState().classes).toBe(3);
    expect(store.getState().pointsEdited).toBe(true);
    expect(store.getState().restorable).toBeNull();
  });

  it('a loaded file that replaces edited points offers Undo too', () => {
    const store = createAppStore({ dataset: { ...DEFAULT_DATASET, count: 30 } });
    store.getState().addPoint(9, 9);
    const edited = store.getState().points;
    store.getState().loadPoints([{ x1: 0, x2: 0, label: 0 }, { x1: 1, x2: 1, label: 1 }], 2);
    expect(store.getState().points).toHaveLength(2);
    expect(messageText(store.getState().message)).toBe('The 31 points you edited by hand were replaced by the loaded ones.');
    store.getState().undoPointsChange();
    expect(store.getState().points).toBe(edited);
    expect(store.getState().classes).toBe(3);
  });

  it('generated points are replaced without an Undo offer', () => {
    const store = createAppStore();
    store.getState().setDataset({ count: 50 });
    expect(store.getState().restorable).toBeNull();
    expect(store.getState().message).toBeNull();
  });
});
