import type { Separation } from '../../model/separability';
import type { CurveHistory } from '../../model/curveHistory';
import type { Dataset } from '../../model/dataset';
import { conditionNumber, countZeroEigenvalues, hessianRoundingFloor, symmetricEigen } from '../../model/eigen';
import { curvatureOfHessian } from '../../model/identifiableCurvature';
import type { InitSettings } from '../../model/initialization';
import type { LossTarget } from '../../model/race/lossTarget';
import { probabilityFreeDirections } from '../../model/probabilityFreeDirections';
import { createRecordLows, type RecordLows } from '../../model/race/recordLows';
import type { Trainer } from '../../model/trainer';
import type { RunSettings } from '../../model/trainerConfig';
import { createRunCore, type RunCore, type RunStop } from '../runCore';
import type { DivergenceFacts } from '../runMessages';
import type { LaneHessian, LaneStatus } from './raceRunState';
import type { LaneSettings } from './raceSettings';

/** A lane stops when ‖∇J‖∞ falls to this (a stopping rule, not the race's target, which is a loss gap). */
export const RACE_STOP_GRADIENT = 1e-9;

/** A lane's settings and the lab's start in the flat shape every run takes. */
export function laneRunSettings(lane: LaneSettings, init: InitSettings): RunSettings {
  const { parametrization, referenceClass, l2, penalizeBias, optimizer } = lane;
  return { parametrization, referenceClass, l2, penalizeBias, optimizer, init, tolerance: RACE_STOP_GRADIENT };
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

/** The lane status each way the run core stops: J stuck in float64 (or at its floor, with no minimiser) is 'stalled'. */
const STATUS_OF_STOP: Readonly<Record<RunStop, LaneStatus>> = { diverged: 'diverged', converged: 'converged', underflow: 'stalled', stalled: 'stalled' };

/** The mutable machinery behind one lane: its run core, record lows and target. Lives inside the race store. */
export interface LaneRunner {
  readonly trainer: Trainer;
  readonly lows: RecordLows;
  readonly group: string;
  /** J* of the lane's objective, computed once for the race's data. */
  readonly target: LossTarget;
  readonly history: CurveHistory;
  readonly status: LaneStatus;
  /** What made the lane diverge, for the race's message; null unless it diverged. */
  readonly divergence: DivergenceFacts | null;
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

export function createLaneRunner(data: Dataset, lane: LaneSettings, init: InitSettings, target: LossTarget, separation: Separation): LaneRunner {
  const run: RunCore = createRunCore(data, laneRunSettings(lane, init), separation);
  const { trainer } = run;
  const lows = createRecordLows();
  const reached = new Map<number, number>();
  let status: LaneStatus = 'running';
  let divergence: DivergenceFacts | null = null;
  const probabilityFree = probabilityFreeDirections(data, trainer.objective.spec);

  return {
    trainer,
    lows,
    group: objectiveGroup(lane),
    target,
    get history() {
      return run.history;
    },
    get status() {
      return status;
    },
    get divergence() {
      return divergence;
    },
    step() {
      if (status !== 'running') return false;
      const outcome = run.step();
      if (outcome.stop === 'diverged') divergence = run.divergenceFacts(outcome);
      else lows.record(outcome.stepBefore, outcome.result.loss);
      if (outcome.stop !== null) status = STATUS_OF_STOP[outcome.stop];
      return true;
    },
    evaluateCurrent() {
      const { loss, gradNorm } = run.evaluate();
      lows.record(trainer.steps, loss);
      return { loss, gradNorm };
    },
    hessian() {
      const hessian = trainer.hessian();
      const { values } = symmetricEigen(hessian, trainer.objective.dimension);
      // The same rounding floor as the lab's Hessian panel, so lab and race count the same zeros at the same θ.
      const floor = hessianRoundingFloor(data, values.length);
      return {
        conditionNumber: conditionNumber(values, floor),
        zeroEigenvalues: countZeroEigenvalues(values, floor),
        probabilityFree,
        identifiable: curvatureOfHessian(hessian, data, lane.parametrization),
      };
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
