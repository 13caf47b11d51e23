import { MAX_CLASSES, MIN_CLASSES, type Point } from '../model/dataset';
import { DATASET_PRESETS, generatePreset } from '../model/datasets/presets';
import type { InitSettings } from '../model/initialization';
import type { OptimizerSettings } from '../model/optimizers';
import type { StoreInternals, LabState } from './createAppStore';
import type { FrameBudget } from './frameLoop';
import { NO_POINTS, type RunState } from './runState';
import { settingsOf, type DatasetSettings, type LabSettings, type ModelSettings, type TrainingSettings, type ViewSettings } from './settings';
import { extendTrajectory } from './trajectory';
import { classMeanProblem, validateDataset, validateSettings } from './validation';

export interface LabActions {
  play(): void;
  pause(): void;
  togglePlay(): void;
  /** One optimiser step, then paused. */
  stepOnce(): void;
  /**
   * Up to `steps` optimiser steps, fewer once the budget's time has passed (the animation loop calls this once
   * per frame with the frame's budget); without a budget all of them.
   */
  advance(steps: number, budget?: FrameBudget): void;
  /** Back to the seeded initial θ, step 0, empty curves. */
  reset(): void;
  /**
   * Puts a whole set of settings into effect as one validated change: nothing changes unless every part is
   * usable and the parts fit together (K of the points, reference class, selected class).
   */
  applySettings(settings: LabSettings): void;
  setOptimizer(change: Partial<OptimizerSettings>): void;
  setModel(change: Partial<ModelSettings>): void;
  setInit(change: Partial<InitSettings>): void;
  setTraining(change: Partial<TrainingSettings>): void;
  setView(change: Partial<ViewSettings>): void;
  /** Shows the lab or the race (the view belongs to the settings, so a link can open either). */
  setPage(page: LabSettings['page']): void;
  /** Opens lesson `lesson` (from 1) in the rail or the read view, or closes it (0). */
  setLesson(lesson: number): void;
  /** Changes K and every setting that depends on it; generated data sets are drawn again with K classes. */
  setClasses(classes: number): void;
  /** Changes the data-set settings and draws the points again. */
  setDataset(change: Partial<DatasetSettings>): void;
  /** Replaces the points (an import) with K classes. */
  loadPoints(points: readonly Point[], classes: number): void;
  addPoint(x1: number, x2: number): void;
  /** Removes the point nearest (x1, x2) if one lies within `radius` (plot units). */
  removeNearestPoint(x1: number, x2: number, radius: number): void;
  /** Adds c to every θ_k: no probability changes. */
  shiftAllClasses(shift: readonly [number, number, number]): void;
  /** Brings back the hand-edited points (and their K) that the last change replaced. */
  undoPointsChange(): void;
  dismissMessage(): void;
  /**
   * Starts finding 2/hₘₐₓ(H(θ*)) at the minimiser for the current points and objective (Newton's method in a
   * worker; state.minimiserStep), unless it is found or being found already. The views that show it ask for it.
   */
  findMinimiserStep(): void;
}

type Set = (partial: Partial<LabState>) => void;
type Get = () => LabState;

/** The settings with K classes: the reference class and the selected class follow K down. */
function withClasses(settings: LabSettings, classes: number): LabSettings {
  return {
    ...settings,
    classes,
    model: { ...settings.model, referenceClass: Math.min(settings.model.referenceClass, classes - 1) },
    view: { ...settings.view, selectedClass: Math.min(settings.view.selectedClass, classes - 1) },
  };
}

export function createActions(set: Set, get: Get, internals: StoreInternals): LabActions {
  const reject = (message: string) => set({ message });

  /**
   * `continueRun`: the change only edits the points (same K), so the run goes on from the current θ and step, as
   * the boundary visibly adapts. Any other change of the points, K or the start begins a new run.
   */
  const apply = (next: LabSettings, extra: Partial<RunState> = {}, continueRun = false) => {
    const problem = validateSettings(next);
    if (problem !== null) return reject(problem);
    const current = get();
    const pointsChanged = next.points !== current.points;
    const restart = (pointsChanged && !continueRun) || next.classes !== current.classes || JSON.stringify(next.init) !== JSON.stringify(current.init);
    const engineChanged = restart || pointsChanged || next.model !== current.model || next.optimizer !== current.optimizer || next.training !== current.training;
    if (!engineChanged) return set({ ...next, ...extra });
    try {
      internals.commit(next, restart, { restorable: null, ...extra });
    } catch (error) {
      reject(`Those settings could not be used: ${(error as Error).message}. Nothing was changed.`);
    }
  };

  /**
   * New points; when they replace points edited by hand, the old ones stay restorable with Undo. A loaded set
   * replaces them whole (unlike a click, which edits them), so it offers Undo too.
   */
  const replacePoints = (next: LabSettings, by: 'drawn' | 'loaded' = 'drawn') => {
    const current = settingsOf(get());
    const discardsEdits = current.pointsEdited && next.points !== current.points && (by === 'loaded' || !next.pointsEdited);
    apply(next, discardsEdits ? { restorable: current, message: { kind: 'points-replaced', count: current.points.length, by } } : {});
  };

  const drawn = (settings: LabSettings, dataset: DatasetSettings): LabSettings | string => {
    const problem = validateDataset(dataset);
    if (problem !== null) return problem;
    try {
      const generated = generatePreset(dataset.preset, dataset);
      return { ...withClasses(settings, generated.classes), dataset, points: generated.points, pointsEdited: false };
    } catch (error) {
      return `That data set could not be generated: ${(error as Error).message}.`;
    }
  };

  const editPoints = (points: readonly Point[]) => apply({ ...settingsOf(get()), points, pointsEdited: true }, {}, true);

  return {
    play() {
      if (get().points.length === 0) return set({ playing: false, message: NO_POINTS });
      set({ playing: true, status: 'playing', message: null });
    },
    pause: () => set({ playing: false, status: get().status === 'playing' ? 'paused' : get().status }),
    togglePlay: () => (get().playing ? get().pause() : get().play()),
    stepOnce() {
      set({ playing: false });
      internals.advance(1);
    },
    advance: (steps, budget) => internals.advance(steps, budget),
    reset() {
      try {
        internals.commit(settingsOf(get()), true, { restorable: null });
      } catch (error) {
        reject(`The run could not be reset: ${(error as Error).message}.`);
      }
    },
    applySettings: (settings) => apply(settings),
    setOptimizer: (change) => apply({ ...settingsOf(get()), optimizer: { ...get().optimizer, ...change } }),
    setModel: (change) => apply({ ...settingsOf(get()), model: { ...get().model, ...change } }),
    setInit: (change) => apply({ ...settingsOf(get()), init: { ...get().init, ...change } }),
    setTraining: (change) => apply({ ...settingsOf(get()), training: { ...get().training, ...change } }),
    setView: (change) => apply({ ...settingsOf(get()), view: { ...get().view, ...change } }),
    setPage: (page) => apply({ ...settingsOf(get()), page }),
    setLesson: (lesson) => apply({ ...settingsOf(get()), lesson }),
    setClasses(classes) {
      if (!Number.isInteger(classes) || classes < MIN_CLASSES || classes > MAX_CLASSES) {
        return reject(`The number of classes must be a whole number from ${MIN_CLASSES} to ${MAX_CLASSES}.`);
      }
      const settings = settingsOf(get());
      if (DATASET_PRESETS[settings.dataset.preset].fixedClasses === null) {
        const next = drawn(settings, { ...settings.dataset, classes });
        return typeof next === 'string' ? reject(next) : replacePoints(next);
      }
      const largestLabel = settings.points.reduce((max, p) => Math.max(max, p.label), 0);
      if (classes <= largestLabel) {
        return reject(`These points use ${largestLabel + 1} classes, so K cannot be less than ${largestLabel + 1}.`);
      }
      apply(withClasses(settings, classes));
    },
    setDataset(change) {
      const settings = settingsOf(get());
      const next = drawn(settings, { ...settings.dataset, ...change });
      return typeof next === 'string' ? reject(next) : replacePoints(next);
    },
    loadPoints(points, classes) {
      replacePoints({ ...withClasses(settingsOf(get()), classes), points, pointsEdited: true }, 'loaded');
    },
    addPoint(x1, x2) {
      const { points, view } = get();
      editPoints([...points, { x1, x2, label: view.selectedClass }]);
    },
    removeNearestPoint(x1, x2, radius) {
      const { points } = get();
      let nearest = -1;
      let nearestDistance = radius * radius;
      points.forEach((p, i) => {
        const distance = (p.x1 - x1) ** 2 + (p.x2 - x2) ** 2;
        if (distance <= nearestDistance) {
          nearest = i;
          nearestDistance = distance;
        }
      });
      if (nearest >= 0) editPoints(points.filter((_, i) => i !== nearest));
    },
    shiftAllClasses(shift) {
      if (shift.length !== 3 || !shift.every(Number.isFinite)) return reject('A shift must be three finite numbers.');
      const state = get();
      // Under a reference class the same classifier has θ_r = 0 whatever the shift: nothing moves.
      if (state.model.parametrization !== 'full') return;
      const mean = state.summary.redundant.map((value, i) => value + shift[i]);
      const problem = classMeanProblem(mean, 'That shift');
      if (problem !== null) return reject(problem);
      internals.trainer.shiftAllClasses(shift);
      const trajectory = extendTrajectory({ entries: state.trajectory, moves: state.trajectoryMoves }, [internals.trainer.parts()], 'shift');
      internals.publishTheta({ trajectory: trajectory.entries, trajectoryMoves: trajectory.moves });
    },
    undoPointsChange() {
      const previous = get().restorable;
      if (previous === null) return;
      const settings = settingsOf(get());
      apply(
        {
          ...settings,
          dataset: previous.dataset,
          classes: previous.classes,
          points: previous.points,
          pointsEdited: previous.pointsEdited,
          model: { ...settings.model, referenceClass: previous.model.referenceClass },
          view: { ...settings.view, selectedClass: previous.view.selectedClass },
        },
        { message: null },
      );
    },
    dismissMessage: () => set({ message: null, restorable: null }),
    findMinimiserStep: () => internals.findMinimiserStep(),
  };
}
