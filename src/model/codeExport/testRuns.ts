import type { Point } from '../dataset';
import { DEFAULT_INIT } from '../initialization';
import { DEFAULT_OPTIMIZER_SETTINGS, type OptimizerSettings } from '../optimizers';
import type { RunSettings } from '../trainerConfig';
import { exportedRun, type ExportedRun } from './exportedRun';

/** Nine points of three overlapping classes (not separable, so every J here has a minimiser). */
export const POINTS: readonly Point[] = [
  { x1: 0.5, x2: 1.25, label: 0 },
  { x1: -1, x2: 0.75, label: 0 },
  { x1: 1.5, x2: -0.1, label: 0 },
  { x1: -0.3, x2: -1.2, label: 1 },
  { x1: 1.1, x2: 0.9, label: 1 },
  { x1: -2.05, x2: -0.4, label: 1 },
  { x1: 2.2, x2: -1.7, label: 2 },
  { x1: -0.6, x2: 0.2, label: 2 },
  { x1: 0.8, x2: -2.3, label: 2 },
];

/** Lab-like settings with `change` applied: full model, no L2, GD with η = 0.5 from zeros. */
export function runSettings(change: Partial<Omit<RunSettings, 'optimizer'>> & { optimizer?: Partial<OptimizerSettings> } = {}): RunSettings {
  return {
    parametrization: 'full',
    referenceClass: 0,
    l2: 0,
    penalizeBias: true,
    tolerance: 1e-6,
    init: DEFAULT_INIT,
    ...change,
    optimizer: { ...DEFAULT_OPTIMIZER_SETTINGS, learningRate: 0.5, ...change.optimizer },
  };
}

/** The export of a run the app took with these settings (the app's J is the replay's: an unchanged run). */
export function exportOf(settings: RunSettings, steps: number): ExportedRun {
  const probe = exportedRun({ points: POINTS, classes: 3, settings, steps, appLoss: Number.NaN });
  return { ...probe, appLoss: probe.loss, matchesApp: true };
}
