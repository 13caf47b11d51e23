import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { accuracy } from '../model/metrics';
import { emptyHistory, recordSample, wantsSample } from '../model/curveHistory';
import { toDataset, type Dataset, type Point } from '../model/dataset';
import { generatePreset } from '../model/datasets/presets';
import { maxNorm, euclideanNorm } from '../model/parameters';
import { isLinearlySeparable } from '../model/separability';
import { summarizeTheta } from '../model/thetaSummary';
import { createTrainer, type Trainer } from '../model/trainer';
import { trainerConfig } from './trainerConfig';
import type { CurrentEvaluation, RunState } from './runState';
import {
  DEFAULT_DATASET,
  DEFAULT_INIT_SETTINGS,
  DEFAULT_MODEL,
  DEFAULT_OPTIMIZER,
  DEFAULT_TRAINING,
  DEFAULT_VIEW,
  type LabSettings,
} from './settings';
import { createActions, type LabActions } from './actions';

export type LabState = LabSettings & RunState & LabActions;

/** Samples kept per curve; older ones are thinned so a run of any length fits. */
export const CURVE_CAPACITY = 600;
export const TRAJECTORY_LENGTH = 400;

/** Settings with points generated from the data-set preset when none are given. */
export function completeSettings(initial: Partial<LabSettings> = {}): LabSettings {
  const dataset = initial.dataset ?? DEFAULT_DATASET;
  const generated = initial.points === undefined ? generatePreset(dataset.preset, dataset) : null;
  const classes = initial.classes ?? generated?.classes ?? dataset.classes;
  const model = initial.model ?? DEFAULT_MODEL;
  return {
    dataset,
    classes,
    points: initial.points ?? generated!.points,
    model: { ...model, referenceClass: Math.min(model.referenceClass, classes - 1) },
    init: initial.init ?? DEFAULT_INIT_SETTINGS,
    optimizer: initial.optimizer ?? DEFAULT_OPTIMIZER,
    training: initial.training ?? DEFAULT_TRAINING,
    view: initial.view ?? DEFAULT_VIEW,
  };
}

function evaluateCurrent(trainer: Trainer): CurrentEvaluation {
  const free = trainer.free();
  const gradient = new Float64Array(free.length);
  const loss = trainer.objective.evaluate(free, gradient);
  return { loss, gradNorm: euclideanNorm(gradient), gradMaxNorm: maxNorm(gradient), accuracy: accuracy(trainer.theta(), trainer.objective.data) };
}

/**
 * The training-facing internals the actions share: the trainer itself is mutable, so it lives here, behind
 * the store, and every change to it is published as fresh immutable state.
 */
export interface StoreInternals {
  trainer: Trainer;
  /** Publishes θ, the evaluation and the summary after the trainer changed outside a step. */
  publishTheta(extra?: Partial<RunState>): void;
  /** Rebuilds the data set from the points and hands it to the trainer; throws a RangeError when they do not fit K. */
  rebuildData(points: readonly Point[], classes: number): Dataset;
  advance(steps: number): void;
}

/** A fresh, independent store: the app makes one, every test makes its own. */
export function createAppStore(initial: Partial<LabSettings> = {}) {
  const settings = completeSettings(initial);
  const data = toDataset(settings.points, settings.classes);
  const trainer = createTrainer(data, trainerConfig(settings));

  return createStore<LabState>()(
    subscribeWithSelector((set, get) => {
      const internals: StoreInternals = {
        trainer,
        publishTheta(extra = {}) {
          const theta = trainer.theta();
          set({
            theta,
            summary: summarizeTheta(theta, trainer.objective.classes),
            current: evaluateCurrent(trainer),
            step: trainer.steps,
            ...extra,
          });
        },
        rebuildData(points, classes) {
          const next = toDataset(points, classes);
          trainer.setData(next);
          set({ data: next, separable: isLinearlySeparable(next) });
          return next;
        },
        advance(steps) {
          const state = get();
          let { history, trajectory } = state;
          const trail = [...trajectory];
          let lastStep = state.lastStep;
          let status = state.status;
          let message = state.message;
          let playing = state.playing;
          for (let i = 0; i < steps; i++) {
            const stepBefore = trainer.steps;
            // The curves describe θ before the step (where the optimiser evaluated J); only kept steps pay for it.
            const thetaBefore = wantsSample(history, stepBefore) ? trainer.theta() : null;
            const sampleAccuracy = thetaBefore === null ? Number.NaN : accuracy(thetaBefore, trainer.objective.data);
            const result = trainer.advance();
            lastStep = result;
            if (result.diverged) {
              playing = false;
              status = 'diverged';
              message =
                `Training diverged at step ${stepBefore}: the loss or θ became non-finite (learning rate ${state.optimizer.learningRate}). ` +
                'θ was kept at its last finite value; lower the learning rate, or press Reset.';
              break;
            }
            if (thetaBefore !== null) {
              const summary = summarizeTheta(thetaBefore, trainer.objective.classes);
              history = recordSample(
                history,
                { step: stepBefore, loss: result.loss, accuracy: sampleAccuracy, gradNorm: result.gradNorm, ...summary },
                CURVE_CAPACITY,
              );
            }
            if (result.converged) {
              playing = false;
              status = 'converged';
              message = `Converged: ‖∇J‖∞ = ${result.gradMaxNorm.toExponential(2)} ≤ ${state.training.tolerance} after ${stepBefore} steps.`;
              break;
            }
            trail.push(trainer.theta());
          }
          trajectory = trail.slice(-TRAJECTORY_LENGTH);
          internals.publishTheta({ history, trajectory, lastStep, status: playing ? 'playing' : status, message, playing });
        },
      };

      const theta = trainer.theta();
      return {
        ...settings,
        data,
        separable: isLinearlySeparable(data),
        playing: false,
        status: 'ready',
        message: null,
        step: 0,
        theta,
        summary: summarizeTheta(theta, settings.classes),
        current: evaluateCurrent(trainer),
        lastStep: null,
        history: emptyHistory(),
        trajectory: [theta],
        ...createActions(set, get, internals),
      };
    }),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;
