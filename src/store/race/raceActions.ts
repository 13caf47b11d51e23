import type { InitSettings } from '../../model/initialization';
import { formatShortest } from '../../model/numberFormat';
import { OPTIMIZERS } from '../../model/optimizers';
import type { RaceInternals, RaceState } from './createRaceStore';
import { describeLane } from './laneDescription';
import { RACE_STOP_GRADIENT } from './laneRunner';
import { labSnapshotProblem, raceClasses } from './raceBuild';
import { laneCandidates, presetSettings, RACE_PRESETS } from './racePresets';
import type { LabSnapshot } from './raceRunState';
import { runWithinBudget, UNLIMITED, type FrameBudget } from '../frameLoop';
import { divergenceCause, type DivergenceFacts } from '../runMessages';
import { MAX_LANES, MIN_LANES, settingsForClasses, validateLane, validateRaceSettings, type LaneSettings, type RaceDataSource, type RaceChart, type RacePresetId, type RaceSettings } from './raceSettings';

/** What a lane's controls may change; its name follows from them. */
export type LaneChange = Partial<Omit<LaneSettings, 'label' | 'optimizer'>> & { readonly optimizer?: Partial<LaneSettings['optimizer']> };

export interface RaceActions {
  play(): void;
  pause(): void;
  togglePlay(): void;
  /** One race step (every running lane steps once), then paused. */
  stepOnce(): void;
  /**
   * Up to `steps` race steps; stops early once the budget's time has passed (the animation loop passes a frame's
   * budget so that a slow race never blocks the page), or when every lane has stopped. Without one, all `steps`.
   */
  advance(steps: number, budget?: FrameBudget): void;
  /** Every lane back to the lab's initial θ, step 0, empty curves. */
  reset(): void;
  /** New lab points, K or initial θ: the race restarts on them when they differ from what it has. */
  setLabData(lab: LabSnapshot): void;
  choosePreset(id: RacePresetId): void;
  setDataSource(source: RaceDataSource): void;
  addLane(): void;
  /** Removes the last lane. */
  removeLane(): void;
  setLane(index: number, change: LaneChange): void;
  setTolerance(tolerance: number): void;
  setStepsPerFrame(stepsPerFrame: number): void;
  setChart(chart: RaceChart): void;
  dismissMessage(): void;
}

/** Race steps each lane takes before the next lane's turn; the frame budget is checked after each block. */
export const LOCKSTEP_BLOCK = 16;

type Set = (partial: Partial<RaceState>) => void;
type Get = () => RaceState;

export function createRaceActions(set: Set, get: Get, internals: RaceInternals): RaceActions {
  const reject = (message: string) => set({ message });

  /** A changed race starts again: lanes are only comparable from the same start. */
  const restartWith = (settings: RaceSettings) => {
    const fitted = settingsForClasses(settings, get().data.classes);
    if ('problem' in fitted) return reject(fitted.problem);
    internals.start(fitted.settings, get().lab);
  };

  const custom = (change: Partial<RaceSettings>): RaceSettings => ({ ...get().settings, preset: 'custom', ...change });

  return {
    play() {
      if (get().status === 'finished') return reject('Every lane has stopped (converged or diverged). Press Reset race to race again.');
      set({ playing: true, status: 'playing', message: null });
    },
    pause() {
      if (!get().playing) return;
      internals.publish(true, { playing: false, status: 'paused' });
    },
    togglePlay: () => (get().playing ? get().pause() : get().play()),
    stepOnce() {
      if (get().status === 'finished') return reject('Every lane has stopped (converged or diverged). Press Reset race to race again.');
      set({ playing: false, status: 'paused' });
      get().advance(1);
    },
    advance(steps, budget = UNLIMITED) {
      const { runners } = internals;
      const statusBefore = runners.map((runner) => runner.status);
      // Lanes take turns in blocks of LOCKSTEP_BLOCK steps: all lanes are at the same step after every block.
      const taken = runWithinBudget(steps, budget, (remaining) => {
        const block = Math.min(LOCKSTEP_BLOCK, remaining);
        let longest = 0;
        for (const runner of runners) {
          let stepped = 0;
          while (stepped < block && runner.step()) stepped += 1;
          longest = Math.max(longest, stepped);
        }
        return longest;
      });

      const step = get().step + taken;
      const { lanes } = get().settings;
      const diverged = runners.findIndex((runner, i) => runner.status === 'diverged' && statusBefore[i] !== 'diverged');
      const finished = runners.every((runner) => runner.status !== 'running');
      let message = get().message;
      const facts = diverged >= 0 ? runners[diverged].divergence : null;
      if (facts !== null) {
        message =
          `Lane ${diverged + 1} (${lanes[diverged].label}) diverged at step ${facts.step}: its loss or θ became non-finite, ` +
          `so it stopped at its last finite θ. ${laneDivergenceAdvice(facts)}`;
      } else if (finished && get().status !== 'finished') {
        message =
          `Every lane has stopped after ${step} race step${step === 1 ? '' : 's'}: each reached ‖∇J‖∞ ≤ ${formatShortest(RACE_STOP_GRADIENT)}, ` +
          'no longer changed J in float64, or diverged.';
      }
      const playing = get().playing && !finished;
      const status = finished ? 'finished' : get().status;
      internals.publish(finished || !playing, { step, playing, status, message });
    },
    reset: () => internals.start(get().settings, get().lab),
    setLabData(lab) {
      const current = get().lab;
      if (lab.points === current.points && lab.classes === current.classes && sameInit(lab.init, current.init)) return;
      const problem = labSnapshotProblem(lab);
      if (problem !== null) return reject(`The lab’s points could not be raced on: ${problem} The race keeps its points.`);
      // The lab's points decide K, which every lane's reference class must fit.
      internals.start(get().settings, lab);
    },
    choosePreset(id) {
      const { lab, settings } = get();
      // The preset's lanes take their reference class from the K of the preset's own data.
      internals.start(presetSettings(id, raceClasses(RACE_PRESETS[id].data, lab), settings), lab);
    },
    setDataSource(source) {
      const { lab, settings } = get();
      internals.start({ ...settings, data: source, preset: settings.preset !== 'custom' && RACE_PRESETS[settings.preset].data === source ? settings.preset : 'custom' }, lab);
    },
    addLane() {
      const { lanes } = get().settings;
      if (lanes.length >= MAX_LANES) return reject(`A race has at most ${MAX_LANES} lanes.`);
      const running = new Set(lanes.map((lane) => describeLane(lane)));
      const candidates = laneCandidates(get().data.classes);
      const next = candidates.find((lane) => !running.has(describeLane(lane))) ?? candidates[0];
      restartWith(custom({ lanes: [...lanes, next] }));
    },
    removeLane() {
      const { lanes } = get().settings;
      if (lanes.length <= MIN_LANES) return reject(`A race needs at least ${MIN_LANES} lanes.`);
      restartWith(custom({ lanes: lanes.slice(0, -1) }));
    },
    setLane(index, change) {
      const { lanes } = get().settings;
      const before = lanes[index];
      if (before === undefined) return reject(`There is no lane ${index + 1}.`);
      const merged = { ...before, ...change, optimizer: { ...before.optimizer, ...change.optimizer } };
      const lane = { ...merged, label: describeLane(merged) };
      const problem = validateLane(lane, get().data.classes);
      if (problem !== null) return reject(`Lane ${index + 1}: ${problem}`);
      restartWith(custom({ lanes: lanes.map((other, i) => (i === index ? lane : other)) }));
    },
    setTolerance(tolerance) {
      if (!(tolerance > 0) || !Number.isFinite(tolerance)) return reject('The target’s loss gap must be a positive number.');
      // J* is fixed and the record lows answer any gap, so the race goes on.
      set({ settings: { ...get().settings, tolerance } });
      internals.publish(false);
    },
    setStepsPerFrame(stepsPerFrame) {
      const settings = { ...get().settings, stepsPerFrame };
      const problem = validateRaceSettings(settings, get().data.classes);
      if (problem !== null) return reject(problem);
      set({ settings });
    },
    setChart(chart) {
      const settings = { ...get().settings, chart };
      const problem = validateRaceSettings(settings, get().data.classes);
      if (problem !== null) return reject(problem);
      set({ settings });
    },
    dismissMessage: () => set({ message: null }),
  };
}

/**
 * What to do about a diverged lane, by the cause runMessages names from the same facts the lab uses: a start
 * that is already not finite, an L2 step ηλ > 2, a step size too large (GD is stable only for η < 2/hₘₐₓ(H)),
 * or a second-order step that left float64's range.
 */
export function laneDivergenceAdvice(facts: DivergenceFacts): string {
  const eta = formatShortest(facts.learningRate);
  switch (divergenceCause(facts)) {
    case 'overflow':
      return 'It failed on its first step, from the lab’s initial θ: try a smaller initial offset or scale in the Lab.';
    case 'l2-step':
      return `Its η·λ = ${formatShortest(facts.learningRate * facts.l2)} is above 2, so the L2 term alone grows the weights (each step multiplies them by 1 − ηλ): lower η or λ.`;
    case 'step':
      return 'Press Reset race to start again.';
    case 'learning-rate':
      // A rule linear in the gradients (it keeps m) is bounded near θ by the same curvature as GD's; Adam's is not.
      return OPTIMIZERS[facts.optimizer].movesClassMean
        ? `The usual cause is a learning rate too large for this loss: lower η = ${eta}.`
        : `The usual cause is a learning rate too large for this loss (near a minimiser GD is stable only for η < 2/hₘₐₓ, hₘₐₓ the Hessian’s largest eigenvalue there): lower η = ${eta}.`;
  }
}

function sameInit(a: InitSettings, b: InitSettings): boolean {
  return a.kind === b.kind && a.seed === b.seed && a.scale === b.scale && a.offset.every((value, i) => value === b.offset[i]);
}
