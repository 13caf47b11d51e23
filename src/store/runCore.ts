import { emptyHistory, recordSample, wantsSample, type CurveHistory } from '../model/curveHistory';
import type { Dataset } from '../model/dataset';
import { accuracy } from '../model/metrics';
import { createObjective } from '../model/objective';
import { stableLearningRateAt } from '../model/stableStep';
import { summarizeTheta } from '../model/thetaSummary';
import { createTrainer, type Trainer, type TrainerStep } from '../model/trainer';
import { trainerConfig, type RunSettings } from '../model/trainerConfig';
import { minimiserExistence, type MinimiserExistence } from '../model/minimiserExistence';
import type { Separation } from '../model/separability';
import type { DivergenceFacts } from './runMessages';
import { createRunMonitor, type RunMonitor } from './runMonitor';
import type { CurrentEvaluation } from './runState';

/** Samples kept per curve; older ones are thinned so a run of any length fits. */
export const CURVE_CAPACITY = 600;

/**
 * Why a run stops after a step: θ or J became non-finite; ‖∇J‖∞ reached the tolerance where J has a minimiser;
 * ∇J rounded to exactly 0 where J has none (separation without L2, or an empty class whose bias is free: never
 * "converged"); or J has not changed
 * beyond rounding for STALL_STEPS steps.
 */
export type RunStop = 'diverged' | 'converged' | 'underflow' | 'stalled';

/** What one step of a run did, for the lab's messages and a lane's status. */
export interface RunOutcome {
  readonly result: TrainerStep;
  /** Steps taken before this one (the step the diagnostics describe). */
  readonly stepBefore: number;
  readonly stop: RunStop | null;
  /** J has stayed above its lowest value for OVERSHOOT_STEPS steps (see RunMonitor): J at step `step`, when it was seen. */
  readonly overshoot: { readonly lowest: number; readonly now: number; readonly step: number } | null;
  /**
   * The first time in this run that ‖∇J‖∞ fell below the tolerance where J has no minimiser: worth saying once,
   * since it looks like convergence and is not.
   */
  readonly belowToleranceWithoutMinimiser: boolean;
}

/**
 * One training run, shared by the lab and every race lane: a trainer, its sampled curves and the watch on its
 * loss. Mutable; its owner publishes what it needs as immutable state after each batch of steps.
 */
export interface RunCore {
  readonly trainer: Trainer;
  readonly history: CurveHistory;
  /** Whether J has a minimiser on these points under these settings, and if not, why. */
  readonly existence: MinimiserExistence;
  /** J has no minimiser: the run never stops as converged (its tolerance is 0). */
  readonly noMinimiser: boolean;
  step(): RunOutcome;
  /**
   * J, ∇J and accuracy at the current θ; NaN for all with no points (nothing is claimed). `identifiable` is the
   * current θ − m when the caller has it already.
   */
  evaluate(identifiable?: Float64Array): CurrentEvaluation;
  /**
   * New settings for the same data, θ kept. Throws, having changed nothing, when the engine refuses them.
   */
  configure(settings: RunSettings): void;
  /**
   * New points with the same K: θ, the step count and the curves carry on (the optimiser's memory starts
   * afresh). Throws, having changed nothing, when the engine refuses them.
   */
  setData(data: Dataset, separation: Separation | null): void;
  /**
   * How the current points lie, once found (the lab finds it off the main thread; until then it is null, whether
   * J has a minimiser may be unknown, and the run never stops as converged).
   */
  setSeparation(separation: Separation): void;
  /** What the lab and a lane say when a step diverged: the facts that name the likely cause. */
  divergenceFacts(outcome: RunOutcome): DivergenceFacts;
  /** 2/hₘₐₓ(H(θ)) at the current θ: the quadratic model's limit there, a local guide (teaching-math §8); null when H is unusable. */
  stableLearningRate(): number | null;
  /** The share of probabilities that are exactly 0 or 1 in float64, where a small step changes nothing. */
  saturatedShare(): number;
}

/** With no points J has no data term: no loss, gradient or accuracy is claimed ("—" on screen). */
const NOTHING_TO_FIT: CurrentEvaluation = { loss: Number.NaN, gradNorm: Number.NaN, gradMaxNorm: Number.NaN, accuracy: Number.NaN };

export function createRunCore(data: Dataset, initialSettings: RunSettings, initialSeparation: Separation | null, capacity = CURVE_CAPACITY): RunCore {
  let settings = initialSettings;
  let separation = initialSeparation;
  let currentData = data;
  const existenceNow = () => minimiserExistence(currentData, separation, trainerConfig(settings).objective);
  let existence = existenceNow();
  let noMinimiser = existence.kind === 'none';
  // Where J has no minimiser the tolerance is 0: the run never stops on a small gradient and ‖θ‖ keeps growing
  // visibly; it stops only when J no longer changes in float64. So too while that is not known yet: nothing is
  // called convergence before a minimiser is known to exist.
  const engineConfig = () => trainerConfig({ ...settings, tolerance: noMinimiser || existence.kind === 'unknown' ? 0 : settings.tolerance });
  const trainer = createTrainer(data, engineConfig());
  let history = emptyHistory();
  let monitor: RunMonitor = createRunMonitor();
  let toldNoMinimiser = false;

  const core: RunCore = {
    trainer,
    get history() {
      return history;
    },
    get existence() {
      return existence;
    },
    get noMinimiser() {
      return noMinimiser;
    },
    step() {
      const stepBefore = trainer.steps;
      // The curves describe θ before the step (where the optimiser evaluated J); only kept steps pay for it.
      const partsBefore = wantsSample(history, stepBefore) ? trainer.parts() : null;
      const thetaBefore = partsBefore === null ? null : trainer.theta();
      const sampleAccuracy = partsBefore === null ? Number.NaN : accuracy(partsBefore.identifiable, trainer.objective.data);
      const result = trainer.advance();
      const outcome = (stop: RunStop | null, extra: Partial<RunOutcome> = {}): RunOutcome => ({
        result,
        stepBefore,
        stop,
        overshoot: null,
        belowToleranceWithoutMinimiser: false,
        ...extra,
      });
      if (result.diverged) return outcome('diverged');
      if (partsBefore !== null && thetaBefore !== null) {
        const sample = { step: stepBefore, theta: thetaBefore, loss: result.loss, accuracy: sampleAccuracy, gradNorm: result.gradNorm, ...summarizeTheta(partsBefore) };
        history = recordSample(history, sample, capacity);
      }
      // With no minimiser the tolerance is 0: a gradient of exactly 0 means J sits at its float64 floor.
      if (result.converged) return outcome(noMinimiser || existence.kind === 'unknown' ? 'underflow' : 'converged');
      const belowToleranceWithoutMinimiser = noMinimiser && !toldNoMinimiser && result.gradMaxNorm <= settings.tolerance;
      if (belowToleranceWithoutMinimiser) toldNoMinimiser = true;
      const event = monitor.observe(result.loss);
      const overshoot = event?.kind === 'overshoot' ? { lowest: event.lowest, now: event.now, step: stepBefore } : null;
      return outcome(event?.kind === 'stalled' ? 'stalled' : null, { overshoot, belowToleranceWithoutMinimiser });
    },
    evaluate(identifiable = trainer.identifiable()) {
      if (trainer.objective.data.labels.length === 0) return NOTHING_TO_FIT;
      return { ...trainer.evaluate(), accuracy: accuracy(identifiable, trainer.objective.data) };
    },
    configure(next) {
      createObjective(trainer.objective.data, trainerConfig(next).objective); // throws here, before anything changed, if the engine refuses
      settings = next;
      // λ and the bias penalty decide whether J has a minimiser as much as the points do.
      existence = existenceNow();
      if (noMinimiser !== (existence.kind === 'none')) toldNoMinimiser = false;
      noMinimiser = existence.kind === 'none';
      trainer.configure(engineConfig());
      monitor = createRunMonitor();
    },
    setData(next, nextSeparation) {
      createObjective(next, trainer.config.objective); // throws here, before anything changed, if the engine refuses
      trainer.setData(next);
      currentData = next;
      separation = nextSeparation;
      existence = existenceNow();
      noMinimiser = existence.kind === 'none';
      toldNoMinimiser = false;
      trainer.configure(engineConfig());
      // J jumps with the points: the watch for overshoot and stalls starts again from here.
      monitor = createRunMonitor();
    },
    setSeparation(next) {
      separation = next;
      existence = existenceNow();
      if (noMinimiser !== (existence.kind === 'none')) toldNoMinimiser = false;
      noMinimiser = existence.kind === 'none';
      trainer.configure(engineConfig());
    },
    divergenceFacts({ stepBefore, result }) {
      const { data } = trainer.objective;
      return {
        step: stepBefore,
        optimizer: settings.optimizer.kind,
        learningRate: settings.optimizer.learningRate,
        l2: settings.l2,
        parametrization: settings.parametrization,
        finiteBeforeStep: Number.isFinite(result.loss) && Number.isFinite(result.gradNorm),
        largestCoordinate: Math.max(largestMagnitude(data.x1), largestMagnitude(data.x2)),
        largestIdentifiable: largestMagnitude(trainer.identifiable()),
        largestClassMean: largestMagnitude(trainer.redundant()),
        stableLearningRate: core.stableLearningRate(),
      };
    },
    stableLearningRate: () => stableLearningRateAt(trainer.objective, trainer.free()),
    saturatedShare() {
      const probabilities = trainer.objective.probabilities(trainer.free());
      if (probabilities.length === 0) return 0;
      return probabilities.filter((p) => p === 0 || p === 1).length / probabilities.length;
    },
  };
  return core;
}

function largestMagnitude(values: ArrayLike<number>): number {
  let largest = 0;
  for (let i = 0; i < values.length; i++) largest = Math.max(largest, Math.abs(values[i]));
  return largest;
}
