import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { emptyHistory } from '../model/curveHistory';
import { toDataset, type Dataset } from '../model/dataset';
import type { Separation } from '../model/separability';
import { summarizeTheta } from '../model/thetaSummary';
import type { Trainer } from '../model/trainer';
import { advanceRun } from './advanceRun';
import { initialSettings } from './initialSettings';
import { createRunCore, type RunCore } from './runCore';
import { labRunSettings, labTrainerConfig } from './labRunSettings';
import { startTrajectory } from './trajectory';
import { NO_POINTS, type LabMessage, type RunState } from './runState';
import type { RunReport } from './runMessages';
import type { LabSettings } from './settings';
import { createActions, type LabActions } from './actions';
import type { FrameBudget } from './frameLoop';
import { createLabCaches, createLabViewStore } from './labViews';
import { createSeparationFinder, type SeparationAnswer } from './separationJob';
import type { MinimiserStableStep } from '../model/minimiserStableStep';
import { objectiveKey } from '../model/objective';
import { createMinimiserStepFinder, type MinimiserStepJob } from './minimiserStepJob';

export type LabState = LabSettings & RunState & LabActions;

/**
 * The training-facing internals the actions share: the trainer itself is mutable, so it lives here, behind
 * the store, and every change to it is published as fresh immutable state.
 */
export interface StoreInternals {
  readonly trainer: Trainer;
  /** Publishes θ, the evaluation and the summary after the trainer changed outside a step. */
  publishTheta(extra?: Partial<LabSettings & RunState>): void;
  /**
   * Puts usable settings into effect in one change: a new run (step 0) when `restart` (K, the start or the data
   * set changed); otherwise the run goes on from the current θ, under new points of the same K and the new
   * objective and optimiser. Throws, having changed nothing, when the engine refuses them.
   */
  commit(settings: LabSettings, restart: boolean, extra?: Partial<RunState>): void;
  advance(steps: number, budget?: FrameBudget): void;
  /** Starts the search for the step limit at the minimiser, unless it has been asked for since the last change. */
  findMinimiserStep(): void;
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
    message: points === 0 ? NO_POINTS : null,
  };
}

/**
 * A fresh, independent store: the app makes one, every test makes its own. Beside the lab's state it carries the
 * lab's view state (`views`: the probe, the SVM overlay) and its caches of derived values (`caches`), so two labs
 * on one page share nothing.
 */
export function createAppStore(initial: Partial<LabSettings> = {}) {
  const start = initialSettings(initial);
  const { settings } = start;
  const data = toDataset(settings.points, settings.classes);
  // Found off the main thread (two LPs, up to ~150 ms): the lab opens, and points change, without waiting for it.
  const separation = knownSeparation(data);
  let run: RunCore = createRunCore(data, labRunSettings(settings), separation);
  let settleSeparation = (_data: Dataset, _answer: SeparationAnswer) => {};
  const separationFinder = createSeparationFinder((answered, answer) => settleSeparation(answered, answer));
  let settleMinimiserStep = (_job: MinimiserStepJob, _answer: MinimiserStableStep) => {};
  const minimiserStepFinder = createMinimiserStepFinder((job, answer) => settleMinimiserStep(job, answer));
  /** The search whose answer state.minimiserStep waits for; null when none does. */
  let searching: MinimiserStepJob | null = null;

  const store = createStore<LabState>()(
    subscribeWithSelector((set, get) => {
      // One change per publish, θ − m built once: subscribers never see settings and θ from different moments.
      const publishTheta = (extra: Partial<LabSettings & RunState> = {}) => {
        const { trainer } = run;
        const parts = trainer.parts();
        set({
          theta: trainer.theta(),
          identifiable: parts.identifiable,
          summary: summarizeTheta(parts),
          current: run.evaluate(parts.identifiable),
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
          const nextSeparation = dataChanged ? knownSeparation(nextData) : state.separation;
          const findSeparation = () => {
            if (nextSeparation === null) separationFinder.find(nextData);
          };
          // New points or a new objective have another θ*: what was found, or is being found, no longer applies.
          const objectiveChanged = objectiveKey(labTrainerConfig(next).objective) !== objectiveKey(labTrainerConfig(state).objective);
          const minimiserStep = dataChanged || objectiveChanged ? forgetMinimiserStep() : state.minimiserStep;
          if (restart || next.classes !== state.classes) {
            run = createRunCore(nextData, labRunSettings(next), nextSeparation);
            publishTheta({ ...next, data: nextData, separation: nextSeparation, existence: run.existence, minimiserStep, ...freshRun(run.trainer, next.points.length), ...extra });
            findSeparation();
            return;
          }
          const previous = labRunSettings(state);
          run.configure(labRunSettings(next));
          if (dataChanged) {
            try {
              run.setData(nextData, nextSeparation);
            } catch (error) {
              run.configure(previous);
              throw error;
            }
          }
          // A converged run may be movable again under the new settings or points; a playing one plays on.
          const status = state.status === 'converged' ? 'paused' : state.status;
          const noPoints = next.points.length === 0;
          publishTheta({
            ...next,
            data: nextData,
            separation: nextSeparation,
            existence: run.existence,
            minimiserStep,
            history: run.history,
            status: noPoints && status === 'playing' ? 'paused' : status,
            playing: state.playing && !noPoints,
            message: noPoints ? NO_POINTS : null,
            ...extra,
          });
          findSeparation();
        },
        advance(steps, budget) {
          publishTheta(advanceRun(get(), run, steps, budget));
          // An overshoot names the limit at the minimiser: its report waits for the search (withMinimiserStep).
          const { message } = get();
          if (isOvershoot(message) && message.facts.atMinimiser === null) internals.findMinimiserStep();
        },
        findMinimiserStep() {
          const state = get();
          if (state.minimiserStep !== null) return;
          // Where J has no minimiser, or whether it has one is not known yet, that is the answer: no search.
          if (run.existence.kind !== 'exists') return settleNow(run.existence);
          // A copy of θ: the trainer's own array moves on with the run while the search may still read it.
          searching = { data: state.data, spec: run.trainer.objective.spec, separation: state.separation, start: Float64Array.from(run.trainer.free()) };
          set({ minimiserStep: { answer: null } });
          minimiserStepFinder.find(searching);
        },
      };
      const forgetMinimiserStep = () => {
        searching = null;
        minimiserStepFinder.cancel();
        return null;
      };
      const settleNow = (answer: MinimiserStableStep) => set({ minimiserStep: { answer }, message: withMinimiserStep(get().message, answer) });
      // An answer for points, a separation or an objective that have since changed is dropped (forgetMinimiserStep).
      settleMinimiserStep = (job, answer) => {
        if (job !== searching) return;
        searching = null;
        settleNow(answer);
      };
      // An answer for points that have since changed is dropped: the test of the new ones is queued already.
      settleSeparation = (answered, answer) => {
        if (get().data !== answered) return;
        if ('error' in answer) {
          set({ message: `How the points lie could not be decided (${answer.error}), so the lab cannot say whether J has a minimiser; no run ends as converged on these points.` });
          return;
        }
        const existenceBefore = run.existence.kind;
        run.setSeparation(answer.separation);
        // The separation matters to the limit only through whether J has a minimiser (with λ = 0 it decides that):
        // where that did not change (λ > 0 on every entry), a search already running or done still applies.
        if (run.existence.kind === existenceBefore) return set({ separation: answer.separation, existence: run.existence });
        set({ separation: answer.separation, existence: run.existence, minimiserStep: forgetMinimiserStep() });
        // An overshoot reported while the limit could not be known yet names it now.
        const { message } = get();
        if (isOvershoot(message) && message.facts.atMinimiser?.kind === 'unknown') {
          set({ message: { ...message, facts: { ...message.facts, atMinimiser: null } } });
          internals.findMinimiserStep();
        }
      };

      const { trainer } = run;
      const parts = trainer.parts();
      return {
        ...settings,
        data,
        separation,
        existence: run.existence,
        step: 0,
        theta: trainer.theta(),
        identifiable: parts.identifiable,
        summary: summarizeTheta(parts),
        current: run.evaluate(parts.identifiable),
        restorable: null,
        minimiserStep: null,
        ...freshRun(trainer, settings.points.length),
        ...(start.message === null ? {} : { message: start.message }),
        ...createActions(set, get, internals),
      };
    }),
  );
  if (separation === null) separationFinder.find(data);
  return Object.assign(store, { views: createLabViewStore(), caches: createLabCaches() });
}

type OvershootReport = Extract<RunReport, { readonly kind: 'overshoot' }>;

const isOvershoot = (message: LabMessage | null): message is OvershootReport => message !== null && typeof message !== 'string' && message.kind === 'overshoot';

/** An overshoot report still waiting for the limit at the minimiser gets it; any other message stays as it is. */
function withMinimiserStep(message: LabMessage | null, answer: MinimiserStableStep): LabMessage | null {
  if (!isOvershoot(message) || message.facts.atMinimiser !== null) return message;
  return { ...message, facts: { ...message.facts, atMinimiser: answer } };
}

/** The separation where no test is needed (no points); null where the separation finder must decide it. */
function knownSeparation(data: Dataset): Separation | null {
  return data.labels.length === 0 ? 'noPoints' : null;
}

export type AppStore = ReturnType<typeof createAppStore>;
