import { takesFullGradientSteps } from '../model/optimizers';
import type { ThetaParts } from '../model/initialization';
import type { LabState } from './createAppStore';
import { runWithinBudget, UNLIMITED, type FrameBudget } from './frameLoop';
import type { RunCore, RunOutcome } from './runCore';
import type { NoMinimiser, RunReport } from './runMessages';
import { NO_POINTS, type RunState } from './runState';
import { extendTrajectory } from './trajectory';

/**
 * Takes up to `steps` steps of the run core, fewer once the budget's time has passed, and returns the run state to
 * publish: curves, trajectory, status and the lab's message naming what happened (divergence with its cause,
 * convergence, a rising or stuck J).
 */
export function advanceRun(state: LabState, run: RunCore, steps: number, budget: FrameBudget = UNLIMITED): Partial<RunState> {
  if (state.points.length === 0) return { playing: false, status: 'ready', message: NO_POINTS };
  const { trainer } = run;
  let { lastStep, status, message, playing } = state;
  const reached: ThetaParts[] = [];
  const { learningRate } = state.optimizer;
  const plainGradientDescent = takesFullGradientSteps(state.optimizer, state.points.length);

  let stopped = false;
  runWithinBudget(steps, budget, () => {
    if (stopped) return 0;
    const outcome = run.step();
    const { result } = outcome;
    lastStep = result;
    if (!result.diverged && !result.converged) reached.push(trainer.parts());
    const noMinimiser = noMinimiserOf(run);
    if (outcome.belowToleranceWithoutMinimiser && noMinimiser !== null) message = { kind: 'no-minimiser', gradMaxNorm: result.gradMaxNorm, thetaNorm: result.thetaNorm, why: noMinimiser };
    if (outcome.overshoot !== null && plainGradientDescent) {
      // The limit at the minimiser, if found already; else the store starts the search and fills it in.
      message = { kind: 'overshoot', facts: { learningRate, l2: state.model.l2, ...outcome.overshoot, atMinimiser: state.minimiserStep?.answer ?? null } };
    }
    if (outcome.stop !== null) {
      stopped = true;
      playing = false;
      status = outcome.stop === 'converged' || outcome.stop === 'diverged' ? outcome.stop : 'paused';
      message = stopReport(state, run, outcome);
    }
    return 1;
  });
  const trajectory = extendTrajectory({ entries: state.trajectory, moves: state.trajectoryMoves }, reached, 'step');
  return {
    history: run.history,
    trajectory: trajectory.entries,
    trajectoryMoves: trajectory.moves,
    lastStep,
    status: playing ? 'playing' : status,
    message,
    playing,
  };
}

/** Why the run stopped, as the facts that name the cause it can establish and what to change. */
function stopReport(state: LabState, run: RunCore, outcome: RunOutcome): RunReport {
  const { result, stepBefore } = outcome;
  switch (outcome.stop) {
    case 'diverged':
      return { kind: 'diverged', facts: run.divergenceFacts(outcome) };
    case 'converged':
      return { kind: 'converged', gradMaxNorm: result.gradMaxNorm, tolerance: state.training.tolerance, steps: stepBefore };
    case 'underflow': {
      // The run core stops on underflow only where J has no minimiser or that is not known yet.
      const why = noMinimiserOf(run);
      return why === null ? { kind: 'pending-underflow', loss: result.loss } : { kind: 'gradient-underflow', loss: result.loss, thetaNorm: result.thetaNorm, why };
    }
    default:
      return {
        kind: 'stalled',
        facts: {
          loss: result.loss,
          gradMaxNorm: result.gradMaxNorm,
          tolerance: state.training.tolerance,
          thetaNorm: result.thetaNorm,
          noMinimiser: noMinimiserOf(run),
          existenceUnknown: run.existence.kind === 'unknown',
          saturatedShare: run.saturatedShare(),
        },
      };
  }
}

/** Why the run's J has no minimiser; null when it has one. */
function noMinimiserOf(run: RunCore): NoMinimiser | null {
  const { existence } = run;
  return existence.kind === 'none' ? existence : null;
}
