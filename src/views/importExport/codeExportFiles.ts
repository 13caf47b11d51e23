import { exportedRun, type ExportedRun } from '../../model/codeExport/exportedRun';
import { numpyScript } from '../../model/codeExport/numpyScript';
import { pytorchScript } from '../../model/codeExport/pytorchScript';
import { OPTIMIZERS } from '../../model/optimizers';
import { thetaRows } from '../../model/parameters';
import type { LabState } from '../../store/createAppStore';
import { labRunSettings } from '../../store/labRunSettings';
import { formatNumber } from '../common/format';

export type ScriptLibrary = 'numpy' | 'pytorch';

/** The script and what the page says about it once saved: the J it prints, and any way it differs from the app's run. */
export interface ScriptFile {
  readonly text: string;
  readonly note: string;
}

/** The run exported as a script (replayed from step 0 in the engine first; see exportedRun). */
export function scriptFile(state: LabState, library: ScriptLibrary): ScriptFile {
  const run = exportedRun({ points: state.points, classes: state.classes, settings: labRunSettings(state), steps: state.step, appLoss: state.current.loss });
  return { text: library === 'numpy' ? numpyScript(run) : pytorchScript(run), note: noteOf(run) };
}

function noteOf(run: ExportedRun): string {
  const prints = `It prints J = ${formatNumber(run.loss, 6)} after ${run.steps} steps`;
  if (run.fallback !== null) {
    return `${prints}: it runs gradient descent from the same start, not ${OPTIMIZERS[run.fallback].nameInProse} (the app’s J is ${formatNumber(run.appLoss, 6)}).`;
  }
  if (!run.matchesApp) {
    return `${prints}, replaying today’s settings from step 0: settings, points or θ changed during this run (the app’s J is ${formatNumber(run.appLoss, 6)}).`;
  }
  return `${prints}, as the app shows.`;
}

/** The current θ as JSON: K rows of [b, w1, w2], as the scripts print it. */
export function thetaJson(state: LabState): string {
  return JSON.stringify(thetaRows(state.theta, state.classes)) + '\n';
}
