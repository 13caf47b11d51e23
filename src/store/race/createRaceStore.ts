import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { UNTIMED, type StepTiming } from '../../model/race/stepTiming';
import type { LaneRunner } from './laneRunner';
import { createRaceActions, type RaceActions } from './raceActions';
import { analyseRace, createRunners, laneRuns, raceData, type RaceAnalysis, type RaceData } from './raceBuild';
import { defaultRaceSettings } from './racePresets';
import type { LabSnapshot, RaceRunState } from './raceRunState';
import { fitToClasses, validateRaceSettings, type RaceSettings } from './raceSettings';

export type RaceState = { readonly settings: RaceSettings } & RaceRunState & RaceActions;

export interface RaceStoreOptions {
  /** The lab's points, K and initial θ settings, which every lane starts from. */
  readonly lab: LabSnapshot;
  /** The race to run (e.g. read from a URL); the parametrisation race when absent or unusable. */
  readonly settings?: RaceSettings;
  /** Milliseconds, for step timing and for spacing the slow diagnostics; injectable so tests control time. */
  readonly clock?: () => number;
}

/** The Hessian spectra and region agreements are recomputed at most this often while the race plays. */
export const ANALYSIS_INTERVAL_MS = 200;

/**
 * The machinery the actions share: the lane runners are mutable, so they live here, behind the store, and
 * every change to them is published as fresh immutable state.
 */
export interface RaceInternals {
  readonly clock: () => number;
  runners: LaneRunner[];
  /** Each lane's wall time per step. */
  timings: StepTiming[];
  analysis: RaceAnalysis;
  lastAnalysis: number;
  /** Blocks of lockstep steps taken so far (it picks which lane goes first in the next block). */
  blocks: number;
  /** Builds the data and fresh lanes for these settings and publishes them at step 0. */
  start(settings: RaceSettings, lab: LabSnapshot): void;
  /** Publishes the lanes as they are now; the slow diagnostics too when due or forced. */
  publish(forceAnalysis: boolean, extra?: Partial<RaceRunState>): void;
}

interface Race {
  readonly settings: RaceSettings;
  readonly built: RaceData;
  readonly runners: LaneRunner[];
  readonly message: string | null;
}

/** Settings that fit the data, or the default race with a message saying why the given ones were not used. */
function buildRace(requested: RaceSettings | undefined, lab: LabSnapshot): Race {
  const fallback = () => {
    const settings = defaultRaceSettings(lab.classes);
    const built = raceData(settings.data, lab);
    return { settings, built };
  };
  let settings = requested ?? defaultRaceSettings(lab.classes);
  let built = raceData(settings.data, lab);
  settings = fitToClasses(settings, built.data.classes);
  let message = built.problem;
  const problem = validateRaceSettings(settings, built.data.classes);
  if (problem !== null) {
    ({ settings, built } = fallback());
    message = `That race could not be used: ${problem} The parametrisation race runs instead.`;
  }
  return { settings, built, runners: createRunners(settings, built.data, lab), message };
}

/** A fresh, independent race store: the race view makes one, every test makes its own. */
export function createRaceStore(options: RaceStoreOptions) {
  const clock = options.clock ?? (() => performance.now());

  return createStore<RaceState>()(
    subscribeWithSelector((set, get) => {
      const initial = buildRace(options.settings, options.lab);
      const internals: RaceInternals = {
        clock,
        runners: initial.runners,
        timings: initial.runners.map(() => UNTIMED),
        analysis: analyseRace(initial.runners, initial.built.data, initial.built.domain),
        lastAnalysis: clock(),
        blocks: 0,
        start(requested, lab) {
          const race = buildRace(requested, lab);
          internals.runners = race.runners;
          internals.timings = race.runners.map(() => UNTIMED);
          const { points, data, domain, separable } = race.built;
          set({ settings: race.settings, lab, points, data, domain, separable, step: 0, playing: false, status: 'ready', message: race.message });
          internals.publish(true);
        },
        publish(forceAnalysis, extra = {}) {
          const { data, domain, settings } = get();
          const now = clock();
          if (forceAnalysis || now - internals.lastAnalysis >= ANALYSIS_INTERVAL_MS) {
            internals.analysis = analyseRace(internals.runners, data, domain);
            internals.lastAnalysis = now;
          }
          set({ lanes: laneRuns(internals.runners, settings.tolerance, internals.analysis, internals.timings), ...extra });
        },
      };

      const { points, data, domain, separable } = initial.built;
      return {
        settings: initial.settings,
        lab: options.lab,
        points,
        data,
        domain,
        separable,
        playing: false,
        status: 'ready',
        message: initial.message,
        step: 0,
        lanes: laneRuns(internals.runners, initial.settings.tolerance, internals.analysis, internals.timings),
        ...createRaceActions(set, get, internals),
      };
    }),
  );
}

export type RaceStore = ReturnType<typeof createRaceStore>;

