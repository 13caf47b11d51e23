import { MAX_CLASSES, MIN_CLASSES, type Point } from '../model/dataset';
import { DATASET_PRESETS, generatePreset } from '../model/datasets/presets';
import type { InitSettings } from '../model/initialization';
import type { OptimizerSettings } from '../model/optimizers';
import { shiftAllClasses } from '../model/parameters';
import { emptyHistory } from '../model/curveHistory';
import type { StoreInternals, LabState } from './createAppStore';
import { trainerConfig } from './trainerConfig';
import type { DatasetSettings, LabSettings, ModelSettings, TrainingSettings, ViewSettings } from './settings';
import { validateModel, validateOptimizer, validateTraining } from './validation';

export interface LabActions {
  play(): void;
  pause(): void;
  togglePlay(): void;
  /** One optimiser step, then paused. */
  stepOnce(): void;
  /** `steps` optimiser steps (the animation loop calls this once per frame). */
  advance(steps: number): void;
  /** Back to the seeded initial θ, step 0, empty curves. */
  reset(): void;
  setOptimizer(change: Partial<OptimizerSettings>): void;
  setModel(change: Partial<ModelSettings>): void;
  setInit(change: Partial<InitSettings>): void;
  setTraining(change: Partial<TrainingSettings>): void;
  setView(change: Partial<ViewSettings>): void;
  /** Changes K; generated data sets are drawn again with K classes. */
  setClasses(classes: number): void;
  /** Changes the data-set settings and draws the points again. */
  setDataset(change: Partial<DatasetSettings>): void;
  /** Replaces the points (an import); K becomes at least the largest label + 1. */
  loadPoints(points: readonly Point[], classes: number): void;
  addPoint(x1: number, x2: number): void;
  /** Removes the point nearest (x1, x2) if one lies within `radius` (plot units). */
  removeNearestPoint(x1: number, x2: number, radius: number): void;
  /** Adds c to every θ_k: no probability changes. */
  shiftAllClasses(shift: readonly [number, number, number]): void;
  dismissMessage(): void;
}

type Set = (partial: Partial<LabState>) => void;
type Get = () => LabState;

export function createActions(set: Set, get: Get, internals: StoreInternals): LabActions {
  const { trainer } = internals;

  const startOver = (extra: Partial<LabState> = {}) => {
    trainer.configure(trainerConfig(get()));
    trainer.reset();
    const theta = trainer.theta();
    internals.publishTheta({ history: emptyHistory(), trajectory: [theta], lastStep: null, status: 'ready', playing: false, message: null, ...extra });
  };

  /** Applies settings that leave θ where it is (a changed objective or optimiser continues from the current θ). */
  const reconfigure = (change: Partial<LabSettings>) => {
    set(change);
    trainer.configure(trainerConfig(get()));
    const { status } = get();
    // A converged run may be movable again under the new settings.
    internals.publishTheta({ status: status === 'converged' ? 'paused' : status, message: null });
  };

  const replacePoints = (points: readonly Point[], classes: number, change: Partial<LabSettings> = {}) => {
    try {
      internals.rebuildData(points, classes);
    } catch (error) {
      set({ message: `Those points could not be used: ${(error as Error).message}. The previous points were kept.` });
      return;
    }
    const model = get().model;
    set({ ...change, points, classes, model: { ...model, referenceClass: Math.min(model.referenceClass, classes - 1) } });
    startOver();
  };

  const reject = (message: string) => set({ message });

  return {
    play: () => set({ playing: true, status: 'playing', message: null }),
    pause: () => set({ playing: false, status: get().status === 'playing' ? 'paused' : get().status }),
    togglePlay: () => (get().playing ? get().pause() : get().play()),
    stepOnce() {
      set({ playing: false });
      internals.advance(1);
    },
    advance: (steps) => internals.advance(steps),
    reset: () => startOver(),
    setOptimizer(change) {
      const next = { ...get().optimizer, ...change };
      const problem = validateOptimizer(next);
      if (problem) return reject(problem);
      reconfigure({ optimizer: next });
    },
    setModel(change) {
      const next = { ...get().model, ...change };
      const problem = validateModel(next, get().classes);
      if (problem) return reject(problem);
      reconfigure({ model: next });
    },
    setInit(change) {
      set({ init: { ...get().init, ...change } });
      startOver();
    },
    setTraining(change) {
      const next = { ...get().training, ...change };
      const problem = validateTraining(next);
      if (problem) return reject(problem);
      reconfigure({ training: next });
    },
    setView: (change) => set({ view: { ...get().view, ...change } }),
    setClasses(classes) {
      if (!Number.isInteger(classes) || classes < MIN_CLASSES || classes > MAX_CLASSES) {
        return reject(`The number of classes must be a whole number from ${MIN_CLASSES} to ${MAX_CLASSES}.`);
      }
      const { dataset, points, view } = get();
      const fixed = DATASET_PRESETS[dataset.preset].fixedClasses;
      const viewChange = { view: { ...view, selectedClass: Math.min(view.selectedClass, classes - 1) } };
      if (fixed === null) {
        const nextDataset = { ...dataset, classes };
        return replacePoints(generatePreset(nextDataset.preset, nextDataset).points, classes, { dataset: nextDataset, ...viewChange });
      }
      const largestLabel = points.reduce((max, p) => Math.max(max, p.label), 0);
      if (classes <= largestLabel) {
        return reject(`These points use ${largestLabel + 1} classes, so K cannot be less than ${largestLabel + 1}.`);
      }
      replacePoints(points, classes, viewChange);
    },
    setDataset(change) {
      const dataset = { ...get().dataset, ...change };
      let generated;
      try {
        generated = generatePreset(dataset.preset, dataset);
      } catch (error) {
        return reject(`That data set could not be generated: ${(error as Error).message}.`);
      }
      const view = get().view;
      replacePoints(generated.points, generated.classes, {
        dataset,
        view: { ...view, selectedClass: Math.min(view.selectedClass, generated.classes - 1) },
      });
    },
    loadPoints(points, classes) {
      replacePoints(points, classes);
    },
    addPoint(x1, x2) {
      const { points, classes, view } = get();
      replacePoints([...points, { x1, x2, label: Math.min(view.selectedClass, classes - 1) }], classes);
    },
    removeNearestPoint(x1, x2, radius) {
      const { points, classes } = get();
      let nearest = -1;
      let nearestDistance = radius * radius;
      points.forEach((p, i) => {
        const distance = (p.x1 - x1) ** 2 + (p.x2 - x2) ** 2;
        if (distance <= nearestDistance) {
          nearest = i;
          nearestDistance = distance;
        }
      });
      if (nearest >= 0) replacePoints(points.filter((_, i) => i !== nearest), classes);
    },
    shiftAllClasses(shift) {
      if (!shift.every(Number.isFinite)) return reject('A shift must be three finite numbers.');
      trainer.setTheta(shiftAllClasses(trainer.theta(), shift));
      internals.publishTheta({ trajectory: [...get().trajectory, trainer.theta()].slice(-400) });
    },
    dismissMessage: () => set({ message: null }),
  };
}
