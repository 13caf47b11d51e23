import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { accuracy } from '../model/metrics';
import { emptyHistory } from '../model/curveHistory';
import { toDataset, type Dataset } from '../model/dataset';
import { createObjective } from '../model/objective';
import { isLinearlySeparable } from '../model/separability';
import { summarizeTheta } from '../model/thetaSummary';
import { createTrainer, type Trainer } from '../model/trainer';
import { advanceRun, type RunContext } from './advanceRun';
import { initialSettings } from './initialSettings';
import { createRunMonitor } from './runMonitor';
import { NO_POINTS_MESSAGE } from './runMessages';
import { trainerConfig } from './trainerConfig';
import { startTrajectory } from './trajectory';
import type { CurrentEvaluation, RunState } from './runState';
import type { LabSettings } from './settings';
import { createActions, type LabActions } from './actions';

export type LabState = LabSettings & RunState & LabActions;

/** With no points J has no data term: no loss, gradient or accuracy is claimed ("—" on screen). */
const NOTHING_TO_FIT: CurrentEvaluation = { loss: Number.NaN, gradNorm: Number.NaN, gradMaxNorm: Number.NaN, accuracy: Number.NaN };

function evaluateCurrent(trainer: Trainer): CurrentEvaluation {
  if (trainer.objective.data.labels.length === 0) return NOTHING_TO_FIT;
  return { ...trainer.evaluate(), accuracy: accuracy(trainer.identifiable(), trainer.objective.data) };
}

/**
 * The training-facing internals the actions share: the trainer itself is mutable, so it lives here, behind
 * the store, and every change to it is published as fresh immutable state.
 */
export interface StoreInternals {
  readonly trainer: Trainer;
  /** Publishes θ, the evaluation and the summary after the trainer changed outside a step. */
  publishTheta(extra?: Partial<RunState>): void;
  /**
   * Puts usable settings into effect in one change: a new trainer (step 0) when the points, K or the start
   * changed, otherwise the current θ under the new objective and optimiser. Throws, having changed nothing,
   * when the engine refuses them.
   */
  commit(settings: LabSettings, restart: boolean, extra?: Partial<RunState>): void;
  advance(steps: number): void;
}

/** The run-state fields of a run at step 0. */
type FreshRun = Pick<RunState, 'history' | 'trajectory' | 'trajectoryMoves' | 'lastStep' | 'status' | 'playing' | 'message'>;

function freshRun(trainer: Trainer, points: number): FreshRun {
  return {
    history: emptyHistory(),
    trajectory: startTrajectory(trainer.parts()).entries,
    trajectoryMoves: [],
    lastStep: null,
    status: 'ready',
    playing: false,
    message: points === 0 ? NO_POINTS_MESSAGE : null,
  };
}

/** A fresh, independent store: the app makes one, every test makes its own. */
export function createAppStore(initial: Partial<LabSettings> = {}) {
  const start = initialSettings(initial);
  const { settings } = start;
  const data = toDataset(settings.points, settings.classes);
  const separable = isLinearlySeparable(data);
  const newRun = (trainer: Trainer): RunContext => ({ trainer, monitor: createRunMonitor(), toldNoMinimiser: false });
  let run = newRun(createTrainer(data, trainerConfig({ ...settings, separable })));

  return createStore<LabState>()(
    subscribeWithSelector((set, get) => {
      const publishTheta = (extra: Partial<RunState> = {}) => {
        const { trainer } = run;
        set({
          theta: trainer.theta(),
          identifiable: trainer.identifiable(),
          summary: summarizeTheta(trainer.parts()),
          current: evaluateCurrent(trainer),
          step: trainer.steps,
          ...extra,
        });
      };
      const internals: StoreInternals = {
        get trainer() {
          return run.trainer;
        },
        publishTheta,
        commit(next, restart, extra = {}) {
          const state = get();
          const dataChanged = next.points !== state.points || next.classes !== state.classes;
          const nextData: Dataset = dataChanged ? toDataset(next.points, next.classes) : state.data;
          const nextSeparable = dataChanged ? isLinearlySeparable(nextData) : state.separable;
          const config = trainerConfig({ ...next, separable: nextSeparable });
          if (restart || dataChanged) {
            run = newRun(createTrainer(nextData, config));
            set({ ...next, data: nextData, separable: nextSeparable });
            publishTheta({ ...freshRun(run.trainer, next.points.length), ...extra });
            return;
          }
          createObjective(nextData, config.objective); // throws here, before anything changed, if the engine refuses
          run.trainer.configure(config);
          run = { ...run, monitor: createRunMonitor() };
          set(next);
          // A converged run may be movable again under the new settings.
          publishTheta({ status: state.status === 'converged' ? 'paused' : state.status, message: null, ...extra });
        },
        advance(steps) {
          publishTheta(advanceRun(get(), run, steps));
        },
      };

      const { trainer } = run;
      const theta = trainer.theta();
      return {
        ...settings,
        data,
        separable,
        step: 0,
        theta,
        identifiable: trainer.identifiable(),
        summary: summarizeTheta(trainer.parts()),
        current: evaluateCurrent(trainer),
        restorable: null,
        ...freshRun(trainer, settings.points.length),
        ...(start.message === null ? {} : { message: start.message }),
        ...createActions(set, get, internals),
      };
    }),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;
