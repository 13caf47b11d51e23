import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import type { LaneRunner } from './laneRunner';
import { createRaceActions, type RaceActions } from './raceActions';
import { analyseRace, createRunners, laneRuns, raceData, type RaceAnalysis, type RaceData } from './raceBuild';
import { defaultRaceSettings } from './racePresets';
import type { LabSnapshot, RaceRunState } from './raceRunState';
import { settingsForClasses, type RaceSettings } from './raceSettings';

export type RaceState = { readonly settings: RaceSettings } & RaceRunState & RaceActions;

export interface RaceStoreOptions {
  /** The lab's points, K and initial θ settings, which every lane starts from. */
  readonly lab: LabSnapshot;
  /** The race to run (e.g. read from a URL); the parametrisation race when absent or unusable. */
  readonly settings?: RaceSettings;
  /** Milliseconds, for spacing the slow diagnostics; injectable so tests control time. */
  readonly clock?: () => number;
}

/** The Hessian spectra and region agreements are recomputed at most this often while the race plays. */
export const ANALYSIS_INTERVAL_MS = 200;

/**
 * The machinery the actions share: the lane runners are mutable, so they live here, behind the store, and
 * every change to them is published as fresh immutable state.
 */
export interface RaceInternals {
  runners: LaneRunner[];
  analysis: RaceAnalysis;
  lastAnalysis: number;
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
  const built = raceData((requested ?? defaultRaceSettings(lab.classes)).data, lab);
  const fitted = settingsForClasses(requested ?? defaultRaceSettings(built.data.classes), built.data.classes);
  if ('settings' in fitted) return { settings: fitted.settings, built, runners: createRunners(fitted.settings, built, lab), message: built.problem };
  const settings = defaultRaceSettings(built.data.classes);
  const fallback = raceData(settings.data, lab);
  const message = `That race could not be used: ${fitted.problem} The parametrization race runs instead.`;
  return { settings, built: fallback, runners: createRunners(settings, fallback, lab), message };
}

/** A fresh, independent race store: the race view makes one, every test makes its own. */
export function createRaceStore(options: RaceStoreOptions) {
  const clock = options.clock ?? (() => performance.now());

  return createStore<RaceState>()(
    subscribeWithSelector((set, get) => {
      const initial = buildRace(options.settings, options.lab);
      const internals: RaceInternals = {
        runners: initial.runners,
        analysis: analyseRace(initial.runners, initial.built.data, initial.built.domain),
        lastAnalysis: clock(),
        start(requested, lab) {
          const race = buildRace(requested, lab);
          internals.runners = race.runners;
          const { points, data, domain, separation } = race.built;
          set({ settings: race.settings, lab, points, data, domain, separation, step: 0, playing: false, status: 'ready', message: race.message });
          internals.publish(true);
        },
        publish(forceAnalysis, extra = {}) {
          const { data, domain, settings } = get();
          const now = clock();
          if (forceAnalysis || now - internals.lastAnalysis >= ANALYSIS_INTERVAL_MS) {
            internals.analysis = analyseRace(internals.runners, data, domain);
            internals.lastAnalysis = now;
          }
          set({ lanes: laneRuns(internals.runners, settings.tolerance, internals.analysis), ...extra });
        },
      };

      const { points, data, domain, separation } = initial.built;
      return {
        settings: initial.settings,
        lab: options.lab,
        points,
        data,
        domain,
        separation,
        playing: false,
        status: 'ready',
        message: initial.message,
        step: 0,
        lanes: laneRuns(internals.runners, initial.settings.tolerance, internals.analysis),
        ...createRaceActions(set, get, internals),
      };
    }),
  );
}

export type RaceStore = ReturnType<typeof createRaceStore>;

