import type { Point } from '../model/dataset';
import { DEFAULT_PRESET_SETTINGS, type DatasetPresetId, type PresetSettings } from '../model/datasets/presets';
import { DEFAULT_INIT, type InitSettings } from '../model/initialization';
import { DEFAULT_OPTIMIZER_SETTINGS, type OptimizerSettings } from '../model/optimizers';
import type { ParametrizationKind } from '../model/parameters';
import type { AppPage } from './schema/labFields';

/** Which data set generated the points, and with what; the points may since have been edited by hand. */
export interface DatasetSettings extends PresetSettings {
  readonly preset: DatasetPresetId;
}

export interface ModelSettings {
  readonly parametrization: ParametrizationKind;
  readonly referenceClass: number;
  readonly l2: number;
  readonly penalizeBias: boolean;
}

export interface TrainingSettings {
  readonly stepsPerFrame: number;
  /** The gradient tolerance: the run stops as converged when ‖∇J‖∞ ≤ tolerance (unless J has no minimiser). */
  readonly tolerance: number;
}

/** The two axes of the loss-surface slice through the current θ. */
export type SliceAxes =
  | { readonly kind: 'redundant-vs-curved' }
  | { readonly kind: 'parameters'; readonly first: number; readonly second: number }
  | { readonly kind: 'eigenvectors'; readonly first: number; readonly second: number };

export interface ViewSettings {
  readonly argmaxOnly: boolean;
  readonly showWeightVectors: boolean;
  readonly curvesLogScale: boolean;
  /** The class a click adds. */
  readonly selectedClass: number;
  readonly tool: 'add' | 'erase';
  readonly sliceAxes: SliceAxes;
  /** The classroom layout: the four key panels on one screen, large text. */
  readonly presentation: boolean;
  /** Lesson 10's demonstration: the naive softmax computed beside the stable one (and overflowing past z ≈ 709.78). */
  readonly naiveSoftmax: boolean;
}

/**
 * Everything a user can set, and their points: plain serialisable data, so that one schema can write it to a
 * URL and read it back. Everything else in the store is derived from this or is the state of the run.
 */
export interface LabSettings {
  /** What the app shows: the lab's panels, the race, or the lessons as one long page ("read"). */
  readonly page: AppPage;
  /** The lesson open in the rail or the read view, counted from 1; 0 when none is. */
  readonly lesson: number;
  readonly dataset: DatasetSettings;
  /** K, the number of parameter rows. */
  readonly classes: number;
  readonly points: readonly Point[];
  /**
   * True once the points differ from what the data-set settings draw (drawn or erased by hand, or loaded):
   * then they must be kept as they are, since the settings cannot draw them again.
   */
  readonly pointsEdited: boolean;
  readonly model: ModelSettings;
  readonly init: InitSettings;
  readonly optimizer: OptimizerSettings;
  readonly training: TrainingSettings;
  readonly view: ViewSettings;
}

/** Blobs that overlap a little: not linearly separable, so the unregularised loss has a minimiser to reach. */
export const DEFAULT_DATASET: DatasetSettings = { preset: 'blobs', ...DEFAULT_PRESET_SETTINGS, noise: 0.8 };

export const DEFAULT_MODEL: ModelSettings = { parametrization: 'full', referenceClass: 2, l2: 0, penalizeBias: true };

export const DEFAULT_TRAINING: TrainingSettings = { stepsPerFrame: 1, tolerance: 1e-6 };

export const DEFAULT_VIEW: ViewSettings = {
  argmaxOnly: false,
  showWeightVectors: false,
  curvesLogScale: true,
  selectedClass: 0,
  tool: 'add',
  sliceAxes: { kind: 'redundant-vs-curved' },
  presentation: false,
  naiveSoftmax: false,
};

export const DEFAULT_INIT_SETTINGS: InitSettings = DEFAULT_INIT;
export const DEFAULT_OPTIMIZER: OptimizerSettings = { ...DEFAULT_OPTIMIZER_SETTINGS, learningRate: 0.5 };

/** Every default setting: the lab a new visitor sees, whose points are drawn from DEFAULT_DATASET. */
export const DEFAULT_SETTINGS: Omit<LabSettings, 'points'> = {
  page: 'lab',
  lesson: 0,
  dataset: DEFAULT_DATASET,
  classes: DEFAULT_DATASET.classes,
  pointsEdited: false,
  model: DEFAULT_MODEL,
  init: DEFAULT_INIT_SETTINGS,
  optimizer: DEFAULT_OPTIMIZER,
  training: DEFAULT_TRAINING,
  view: DEFAULT_VIEW,
};

/** The settings part of a store's state: what a URL would save, and what `applySettings` takes back. */
export function settingsOf(state: LabSettings): LabSettings {
  const { page, lesson, dataset, classes, points, pointsEdited, model, init, optimizer, training, view } = state;
  return { page, lesson, dataset, classes, points, pointsEdited, model, init, optimizer, training, view };
}
