import { emptyHistory, recordSample, wantsSample, type CurveHistory } from '../../model/curveHistory';
import type { Dataset } from '../../model/dataset';
import { conditionNumber, countZeroEigenvalues, symmetricEigen } from '../../model/eigen';
import type { InitSettings } from '../../model/initialization';
import { accuracy } from '../../model/metrics';
import type { LossTarget } from '../../model/race/lossTarget';
import { createRecordLows, type RecordLows } from '../../model/race/recordLows';
import { summarizeTheta } from '../../model/thetaSummary';
import { createTrainer, type Trainer, type TrainerConfig } from '../../model/trainer';
import type { LaneHessian, LaneStatus } from './raceRunState';
import type { LaneSettings } from './raceSettings';

/** A lane stops when ‖∇J‖∞ falls to this (a stopping rule, not the race's target, which is a loss gap). */
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
 * Lanes minimising the same function share one target J*: without L2 every lane minimises the same data term
 * whatever its parametrisation; an L2 penalty changes the minimum, and differently per parametrisation.
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
  /** J* of the lane's objective, computed once for the race's data. */
  readonly target: LossTarget;
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
  /**
   * The first step at which the loss was within `tolerance` of J*, or null (not yet, or no J*). Final once
   * found: J* is fixed, and the answer for each tolerance is kept, so thinning the record lows never moves it.
   */
  stepsToReach(tolerance: number): number | null;
}

export function createLaneRunner(data: Dataset, lane: LaneSettings, init: InitSettings, target: LossTarget): LaneRunner {
  const trainer = createTrainer(data, laneTrainerConfig(lane, init));
  const lows = createRecordLows();
  const reached = new Map<number, number>();
  let history = emptyHistory();
  let status: LaneStatus = 'running';

  return {
    trainer,
    lows,
    group: objectiveGroup(lane),
    target,
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
      const partsBefore = sampled ? trainer.parts() : null;
      const result = trainer.advance();
      if (result.diverged) {
        status = 'diverged';
        return true;
      }
      lows.record(stepBefore, result.loss);
      if (partsBefore !== null) {
        const summary = summarizeTheta(partsBefore);
        const sample = { step: stepBefore, loss: result.loss, accuracy: accuracy(partsBefore.identifiable, data), gradNorm: result.gradNorm, ...summary };
        history = recordSample(history, sample, LANE_CURVE_CAPACITY);
      }
      if (result.converged) status = 'converged';
      return true;
    },
    evaluateCurrent() {
      const { loss, gradNorm } = trainer.evaluate();
      lows.record(trainer.steps, loss);
      return { loss, gradNorm };
    },
    hessian() {
      const { objective } = trainer;
      const { values } = symmetricEigen(trainer.hessian(), objective.dimension);
      return { conditionNumber: conditionNumber(values), zeroEigenvalues: countZeroEigenvalues(values) };
    },
    stepsToReach(tolerance) {
      if (target.kind !== 'optimum') return null;
      const known = reached.get(tolerance);
      if (known !== undefined) return known;
      const step = lows.firstStepAtOrBelow(target.loss + tolerance);
      if (step !== null) reached.set(tolerance, step);
      return step;
    },
  };
}
