import { toDataset, type Point } from '../dataset';
import { OPTIMIZER_KINDS, OPTIMIZERS, stepsOnMiniBatches, type OptimizerKind, type ScriptedStep } from '../optimizers';
import { createTrainer } from '../trainer';
import { trainerConfig, type RunSettings } from '../trainerConfig';

/** The lab's run as the app has it now: what an exported script starts from and must agree with. */
export interface CodeExportRequest {
  readonly points: readonly Point[];
  readonly classes: number;
  readonly settings: RunSettings;
  /** Steps the app has taken. */
  readonly steps: number;
  /** J the app shows at its current θ. */
  readonly appLoss: number;
}

/** Optimisers the scripts carry out step for step; the others are exported as gradient descent (see `fallback`). */
export const SCRIPTED_OPTIMIZERS: readonly OptimizerKind[] = OPTIMIZER_KINDS.filter((kind) => OPTIMIZERS[kind].script !== null);

/** How the scripts take the run's steps (after the fallback, every exported run has one). */
export function scriptedStep(run: ExportedRun): ScriptedStep {
  const { kind } = run.settings.optimizer;
  const script = OPTIMIZERS[kind].script;
  if (script === null) throw new RangeError(`no script step for ${kind}`);
  return script;
}

/** What a script runs and the numbers it must print, found by replaying the run in the engine from step 0. */
export interface ExportedRun {
  readonly points: readonly Point[];
  readonly classes: number;
  /** The settings the script runs: the app's, with gradient descent in place of Newton and L-BFGS. */
  readonly settings: RunSettings;
  /** The app's optimiser when the script runs gradient descent instead (Newton, L-BFGS); otherwise null. */
  readonly fallback: OptimizerKind | null;
  /** θ at step 0 (K×3; under a reference class its row is 0). */
  readonly initialTheta: Float64Array;
  readonly steps: number;
  /** J after `steps` steps of the script's optimiser: the number the script prints. */
  readonly loss: number;
  /** θ after those steps (K×3): the JSON the script prints. */
  readonly theta: Float64Array;
  readonly appLoss: number;
  /** Whether the replay lands on the app's J: false when settings, points or θ changed during the app's run. */
  readonly matchesApp: boolean;
  /** Whether the steps use seeded mini-batches (SGD, momentum, Adam with a batch smaller than N). */
  readonly miniBatches: boolean;
}

/** Point-steps a replay may cost before the export refuses (it runs on the page, when the button is pressed). */
export const REPLAY_BUDGET = 50_000_000;

/**
 * Replays the run from step 0 with the current settings, as the exported script will, so that the script's header
 * can state the exact J it prints, and say so honestly when that is not the app's J.
 */
export function exportedRun(request: CodeExportRequest): ExportedRun {
  const { points, classes, settings, steps, appLoss } = request;
  if (points.length === 0) throw new Error('there are no points to fit');
  if (steps * points.length > REPLAY_BUDGET) {
    throw new Error(`replaying ${steps} steps on ${points.length} points to check the script would take too long; reset and export a shorter run`);
  }
  const fallback = SCRIPTED_OPTIMIZERS.includes(settings.optimizer.kind) ? null : settings.optimizer.kind;
  const scripted: RunSettings = fallback === null ? settings : { ...settings, optimizer: { ...settings.optimizer, kind: 'gd' } };
  // Tolerance 0: the replay takes exactly the app's `steps` moves, however the app's run stopped after them.
  const trainer = createTrainer(toDataset(points, classes), trainerConfig({ ...scripted, tolerance: 0 }));
  const initialTheta = trainer.theta();
  let stoppedBy = '';
  while (trainer.steps < steps) {
    const result = trainer.advance();
    if (result.diverged) stoppedBy = 'J or θ stopped being finite';
    else if (result.converged) stoppedBy = 'the gradient became exactly 0, so there is no step to take';
    if (stoppedBy !== '') break;
  }
  if (trainer.steps < steps) throw new Error(`the replay stopped after ${trainer.steps} of ${steps} steps (${stoppedBy})`);
  const loss = trainer.evaluate().loss;
  return {
    points,
    classes,
    settings: scripted,
    fallback,
    initialTheta,
    steps,
    loss,
    theta: trainer.theta(),
    appLoss,
    matchesApp: Math.abs(loss - appLoss) <= 1e-12 * Math.max(1, Math.abs(appLoss)),
    miniBatches: stepsOnMiniBatches(scripted.optimizer, points.length),
  };
}
