import { DEFAULT_OPTIMIZER_SETTINGS, type OptimizerSettings } from '../../model/optimizers';
import { formatShortest } from '../../model/numberFormat';
import type { LaneSettings, RaceDataSource, RacePresetId, RaceSettings } from './raceSettings';

export interface RacePreset {
  readonly id: RacePresetId;
  /** The name the "Race preset" select shows. */
  readonly label: string;
  /** The question the preset asks, in one sentence. */
  readonly question: string;
  readonly data: RaceDataSource;
  /** The lanes for K classes (the reference class is the last one). */
  lanes(classes: number): LaneSettings[];
}

const GD: OptimizerSettings = { ...DEFAULT_OPTIMIZER_SETTINGS, kind: 'gd', learningRate: 0.5 };
const ADAM: OptimizerSettings = { ...DEFAULT_OPTIMIZER_SETTINGS, kind: 'adam', learningRate: 0.05 };
const NEWTON: OptimizerSettings = { ...DEFAULT_OPTIMIZER_SETTINGS, kind: 'newton' };
/** Strong enough to stop ‖θ‖ within a few hundred GD steps, weak enough to leave the regions recognisable. */
const L2 = 0.01;

function lane(label: string, classes: number, change: Partial<LaneSettings>): LaneSettings {
  return { label, parametrization: 'full', referenceClass: classes - 1, l2: 0, penalizeBias: true, optimizer: GD, ...change };
}

export const RACE_PRESETS: Readonly<Record<RacePresetId, RacePreset>> = {
  parametrization: {
    id: 'parametrization',
    label: 'Parametrization: full vs reference vs L2',
    question:
      'Under GD on these points: does the full model (K free rows) take more or fewer steps to reach the target loss than a reference class (one row fixed at 0, K − 1 free rows)? The probabilities sum to one in both.',
    data: 'lab',
    lanes: (k) => [lane('full', k, {}), lane('reference class', k, { parametrization: 'reference' }), lane('full + L2', k, { l2: L2 })],
  },
  optimizer: {
    id: 'optimizer',
    label: 'Optimizer: GD vs Adam',
    question: 'On the full model without L2: which optimisers move the redundant class-mean m? GD cannot, at any step size, because the gradient rows sum to zero; Adam rescales each coordinate, so it can.',
    data: 'lab',
    lanes: (k) => [lane('GD', k, {}), lane('Adam', k, { optimizer: ADAM })],
  },
  newton: {
    id: 'newton',
    label: 'Newton: pseudo-inverse vs damping',
    question: 'Does the singular Hessian of the full model break Newton’s method, or do pseudo-inverse and damping cope as well as a reference class?',
    data: 'lab',
    lanes: (k) => [
      lane('Newton, pseudo-inverse', k, { optimizer: NEWTON }),
      lane('Newton, damping', k, { optimizer: { ...NEWTON, newtonTreatment: 'damping' } }),
      lane('Newton, reference class', k, { parametrization: 'reference', optimizer: NEWTON }),
    ],
  },
  separable: {
    id: 'separable',
    label: 'Separable data: λ = 0 vs λ > 0',
    question: 'On separable data, does the unregularised loss have a minimum at all?',
    data: 'separable',
    lanes: (k) => [lane('λ = 0', k, {}), lane(`λ = ${formatShortest(L2)}`, k, { l2: L2 })],
  },
  margin: {
    id: 'margin',
    label: 'Max margin: GD vs Adam on separable data',
    question:
      'On separable data with λ = 0 both make ‖θ‖ grow without bound: does the direction of θ − m head to the max-margin SVM’s under GD, and under Adam? Each lane shows its angle to it.',
    data: 'separable',
    lanes: (k) => [lane('GD', k, {}), lane('Adam', k, { optimizer: ADAM })],
  },
};

/** Lanes the "Add lane" button offers, in order; it adds the first one the race does not already run. */
export function laneCandidates(classes: number): LaneSettings[] {
  return [
    lane('full', classes, {}),
    lane('reference class', classes, { parametrization: 'reference' }),
    lane('full + L2', classes, { l2: L2 }),
    lane('Adam', classes, { optimizer: ADAM }),
    lane('Newton', classes, { optimizer: NEWTON }),
  ];
}

export const DEFAULT_RACE_PRESET: RacePresetId = 'parametrization';

/** A preset's lanes and data, keeping the settings that are not about the set-ups (tolerance, speed, chart). */
export function presetSettings(id: RacePresetId, classes: number, current: Pick<RaceSettings, 'tolerance' | 'stepsPerFrame' | 'chart'>): RaceSettings {
  const preset = RACE_PRESETS[id];
  const { tolerance, stepsPerFrame, chart } = current;
  return { preset: id, data: preset.data, lanes: preset.lanes(classes), tolerance, stepsPerFrame, chart };
}

export const DEFAULT_RACE_TOLERANCE = 1e-6;
export const DEFAULT_RACE_STEPS_PER_FRAME = 10;

/** The parametrisation race, for K classes. */
export function defaultRaceSettings(classes: number): RaceSettings {
  return presetSettings(DEFAULT_RACE_PRESET, classes, { tolerance: DEFAULT_RACE_TOLERANCE, stepsPerFrame: DEFAULT_RACE_STEPS_PER_FRAME, chart: 'loss' });
}
