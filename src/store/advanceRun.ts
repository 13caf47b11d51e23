import type { ThetaParts } from '../model/initialization';
import { accuracy } from '../model/metrics';
import { recordSample, wantsSample } from '../model/curveHistory';
import { symmetricEigen } from '../model/eigen';
import { summarizeTheta } from '../model/thetaSummary';
import type { Trainer, TrainerStep } from '../model/trainer';
import type { LabState } from './createAppStore';
import type { RunMonitor } from './runMonitor';
import {
  convergedMessage,
  divergenceMessage,
  gradientUnderflowMessage,
  NO_POINTS_MESSAGE,
  noMinimiserMessage,
  overshootMessage,
  stallMessage,
} from './runMessages';
import type { RunState } from './runState';
import { hasNoMinimiser } from './trainerConfig';
import { extendTrajectory } from './trajectory';

/** Samples kept per curve; older ones are thinned so a run of any length fits. */
export const CURVE_CAPACITY = 600;

/** What one run keeps between frames besides the store's state. */
export interface RunContext {
  readonly trainer: Trainer;
  readonly monitor: RunMonitor;
  /** The no-minimiser note is said once per run, the first time the gradient drops below the tolerance. */
  toldNoMinimiser: boolean;
}

/**
 * Takes up to `steps` optimiser steps and returns the run state to publish: curves, trajectory, status and
 * the message naming what happened (divergence with its cause, convergence, a rising or stuck J).
 */
export function advanceRun(state: LabState, run: RunContext, steps: number): Partial<RunState> {
  if (state.points.length === 0) return { playing: false, status: 'ready', message: NO_POINTS_MESSAGE };
  const { trainer, monitor } = run;
  const noMinimiser = hasNoMinimiser(state);
  let { history, lastStep, status, message, playing } = state;
  const reached: ThetaParts[] = [];
  const stop = (nextStatus: RunState['status'], text: string) => {
    playing = false;
    status = nextStatus;
    message = text;
  };
  const stall = (result: TrainerStep) =>
    stallMessage({
      loss: result.loss,
      gradMaxNorm: result.gradMaxNorm,
      tolerance: state.training.tolerance,
      thetaNorm: result.thetaNorm,
      noMinimiser,
      saturatedShare: saturatedShare(trainer),
    });
  const { kind, batchSize, learningRate } = state.optimizer;
  const plainGradientDescent = kind === 'gd' || (kind === 'sgd' && batchSize === 0);

  for (let i = 0; i < steps; i++) {
    const stepBefore = trainer.steps;
    // The curves describe θ before the step (where the optimiser evaluated J); only kept steps pay for it.
    const partsBefore = wantsSample(history, stepBefore) ? trainer.parts() : null;
    const sampleAccuracy = partsBefore === null ? Number.NaN : accuracy(partsBefore.identifiable, trainer.objective.data);
    const result = trainer.advance();
    lastStep = result;
    if (result.diverged) {
      stop('diverged', divergenceMessage(divergenceFacts(state, trainer, stepBefore, result)));
      break;
    }
    if (partsBefore !== null) {
      const sample = { step: stepBefore, loss: result.loss, accuracy: sampleAccuracy, gradNorm: result.gradNorm, ...summarizeTheta(partsBefore) };
      history = recordSample(history, sample, CURVE_CAPACITY);
    }
    if (result.converged) {
      // With no minimiser the tolerance is 0: a gradient of exactly 0 means J sits at its float64 floor.
      if (noMinimiser) stop('paused', gradientUnderflowMessage(result.loss, result.thetaNorm));
      else stop('converged', convergedMessage(result.gradMaxNorm, state.training.tolerance, stepBefore));
      break;
    }
    reached.push(trainer.parts());
    if (noMinimiser && !run.toldNoMinimiser && result.gradMaxNorm <= state.training.tolerance) {
      run.toldNoMinimiser = true;
      message = noMinimiserMessage(result.gradMaxNorm, result.thetaNorm);
    }
    const event = monitor.observe(result.loss);
    if (event?.kind === 'overshoot' && plainGradientDescent) {
      message = overshootMessage({ learningRate, lowest: event.lowest, now: event.now, stableLearningRate: stableLearningRate(trainer) });
    } else if (event?.kind === 'stalled') {
      stop('paused', stall(result));
      break;
    }
  }
  const trajectory = extendTrajectory({ entries: state.trajectory, moves: state.trajectoryMoves }, reached, 'step');
  return { history, trajectory: trajectory.entries, trajectoryMoves: trajectory.moves, lastStep, status: playing ? 'playing' : status, message, playing };
}

/** 2/λmax(H) at the trainer's θ: the largest stable GD step near θ (teaching-math §8); null when H is unusable. */
export function stableLearningRate(trainer: Trainer): number | null {
  try {
    const hessian = trainer.hessian();
    const n = Math.round(Math.sqrt(hessian.length));
    if (!hessian.every(Number.isFinite)) return null;
    const largest = Math.max(...symmetricEigen(hessian, n).values);
    return largest > 0 && Number.isFinite(largest) ? 2 / largest : null;
  } catch {
    return null;
  }
}

/** The share of probabilities that are exactly 0 or 1 in float64, where a small step changes nothing. */
function saturatedShare(trainer: Trainer): number {
  const probabilities = trainer.objective.probabilities(trainer.free());
  if (probabilities.length === 0) return 0;
  return probabilities.filter((p) => p === 0 || p === 1).length / probabilities.length;
}

function largestMagnitude(values: ArrayLike<number>): number {
  let largest = 0;
  for (let i = 0; i < values.length; i++) largest = Math.max(largest, Math.abs(values[i]));
  return largest;
}

function divergenceFacts(state: LabState, trainer: Trainer, step: number, result: TrainerStep) {
  const { data } = trainer.objective;
  return {
    step,
    optimizer: state.optimizer.kind,
    learningRate: state.optimizer.learningRate,
    l2: state.model.l2,
    parametrization: state.model.parametrization,
    finiteBeforeStep: Number.isFinite(result.loss) && Number.isFinite(result.gradNorm),
    largestCoordinate: Math.max(largestMagnitude(data.x1), largestMagnitude(data.x2)),
    largestIdentifiable: largestMagnitude(trainer.identifiable()),
    largestClassMean: largestMagnitude(trainer.redundant()),
    stableLearningRate: stableLearningRate(trainer),
  };
}
