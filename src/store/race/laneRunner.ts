import { emptyHistory, recordSample, wantsSample, type CurveHistory } from '../../model/curveHistory';
import type { Dataset } from '../../model/dataset';
import { conditionNumber, countZeroEigenvalues, symmetricEigen } from '../../model/eigen';
import type { InitSettings } from '../../model/initialization';
import { accuracy } from '../../model/metrics';
import { euclideanNorm } from '../../model/parameters';
import { createRecordLows, type RecordLows } from '../../model/race/recordLows';
import { summarizeTheta } from '../../model/thetaSummary';
import { createTrainer, type Trainer, type TrainerConfig } from '../../model/trainer';
import type { LaneHessian, LaneStatus } from './raceRunState';
import type { LaneSettings } from './raceSettings';

/** A lane stops when ‖∇J‖∞ falls to this: far below any loss tolerance a race asks about. */
export const RACE_STOP_GRADIENT = 1e-9;

/** Samples kept per lane's curve; older ones are thinned so a race of any length fits. */
export const LANE_CURVE_CAPACITY = 600;

export function laneTrainerConfig(lane: LaneSettings, init: InitSettings): TrainerConfig {
  return {
    objective: { parametrization: { kind: lane.parametrization, referenceClass: lane.referenceClass }, l2: lane.l2, penalizeBias: lane.penalizeBias },
    optimizer: lane.optimizer,
    init,
    tolerance: RACE_STOP_GRADIENT,
  };
}

/**
 * Lanes minimising the same function share one "best loss found": without L2 every lane minimises the same data
 * term whatever its parametrisation; an L2 penalty changes the minimum, and differently per parametrisation.
 */
export function objectiveGroup(lane: LaneSettings): string {
  if (lane.l2 === 0) return 'unregularised';
  const parametrization = lane.parametrization === 'full' ? 'full' : `reference ${lane.referenceClass}`;
  return `${parametrization} λ=${lane.l2} bias=${lane.penalizeBias}`;
}

export interface CurrentValues {
  readonly loss: number;
  /** ‖∇J‖₂. */
  readonly gradNorm: number;
}

/** The mutable machinery behind one lane: its trainer, record lows, curve and timing. Lives inside the race store. */
export interface LaneRunner {
  readonly trainer: Trainer;
  readonly lows: RecordLows;
  readonly group: string;
  readonly history: CurveHistory;
  readonly status: LaneStatus;
  /** Takes one step unless the lane has stopped; returns whether it took one. */
  step(): boolean;
  /**
   * J and ‖∇J‖ at the current θ (step diagnostics give them at the θ before the step), also recorded among the
   * record lows so that "steps to reach" counts the step just taken.
   */
  evaluateCurrent(): CurrentValues;
  hessian(): LaneHessian;
}

export function createLaneRunner(data: Dataset, lane: LaneSettings, init: InitSettings): LaneRunner {
  const trainer = createTrainer(data, laneTrainerConfig(lane, init));
  const lows = createRecordLows();
  let history = emptyHistory();
  let status: LaneStatus = 'running';

  return {
    trainer,
    lows,
    group: objectiveGroup(lane),
    get history() {
      return history;
    },
    get status() {
      return status;
    },
    step() {
      if (status !== 'running') return false;
      const stepBefore = trainer.steps;
      const sampled = wantsSample(history, stepBefore);
      const thetaBefore = sampled ? trainer.theta() : null;
      const result = trainer.advance();
      if (result.diverged) {
        status = 'diverged';
        return true;
      }
      lows.record(stepBefore, result.loss);
      if (thetaBefore !== null) {
        const summary = summarizeTheta(thetaBefore, data.classes);
        const sample = { step: stepBefore, loss: result.loss, accuracy: accuracy(thetaBefore, data), gradNorm: result.gradNorm, ...summary };
        history = recordSample(history, sample, LANE_CURVE_CAPACITY);
      }
      if (result.converged) status = 'converged';
      return true;
    },
    evaluateCurrent() {
      const free = trainer.free();
      const gradient = new Float64Array(free.length);
      const loss = trainer.objective.evaluate(free, gradient);
      lows.record(trainer.steps, loss);
      return { loss, gradNorm: euclideanNorm(gradient) };
    },
    hessian() {
      const { objective } = trainer;
      const { values } = symmetricEigen(objective.hessian(trainer.free()), objective.dimension);
      return { conditionNumber: conditionNumber(values), zeroEigenvalues: countZeroEigenvalues(values) };
    },
  };
}
