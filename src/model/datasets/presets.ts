import type { Point } from '../dataset';
import { gaussianBlobs, overlappingBlobs } from './gaussianBlobs';
import { iris, IRIS_SPECIES } from './iris';
import { linearlySeparable } from './linearlySeparable';
import { twoClasses } from './twoClasses';
import { xorLike } from './xorLike';

/** Display order, and the ids the app writes into its URL. */
export const DATASET_PRESET_IDS = ['blobs', 'overlapping', 'separable', 'xor', 'two-classes', 'iris'] as const;
export type DatasetPresetId = (typeof DATASET_PRESET_IDS)[number];

/** Everything a generated preset depends on; plain numbers, so it serialises as it is. */
export interface PresetSettings {
  /** K, 2..8; ignored by presets with fixed classes. */
  readonly classes: number;
  readonly count: number;
  /** The Gaussian presets' spread (standard deviation per coordinate, in plot units). */
  readonly noise: number;
  readonly seed: number;
}

export type PresetSetting = keyof PresetSettings;

export interface GeneratedDataset {
  readonly points: Point[];
  /** K for the model: the preset's fixed class count, or the settings' `classes`. */
  readonly classes: number;
}

export interface DatasetPreset {
  readonly id: DatasetPresetId;
  readonly label: string;
  /** The class count the preset always produces, or null when it produces `settings.classes`. */
  readonly fixedClasses: number | null;
  /** The settings that change its points; the others are ignored (for instance, iris ignores all of them). */
  readonly adjustable: readonly PresetSetting[];
  readonly generate: (settings: PresetSettings) => Point[];
}

/** At these settings blobs are clearly apart, overlapping blobs (and two-classes) overlap, and xor is clean. */
export const DEFAULT_PRESET_SETTINGS: PresetSettings = { classes: 3, count: 200, noise: 0.5, seed: 1 };

/**
 * The presets. A link carries a preset's id, settings and seed, and its points are drawn again on opening: what
 * each draws is pinned in goldenPoints.test.ts, and a change to it needs a new link format version with a
 * migration that keeps old links showing the same points (README, "Links").
 */
export const DATASET_PRESETS: Readonly<Record<DatasetPresetId, DatasetPreset>> = {
  blobs: {
    id: 'blobs',
    label: 'Gaussian blobs',
    fixedClasses: null,
    adjustable: ['classes', 'count', 'noise', 'seed'],
    generate: ({ classes, count, noise, seed }) => gaussianBlobs({ classes, count, spread: noise, seed }),
  },
  overlapping: {
    id: 'overlapping',
    label: 'Overlapping blobs',
    fixedClasses: null,
    adjustable: ['classes', 'count', 'noise', 'seed'],
    generate: ({ classes, count, noise, seed }) => overlappingBlobs({ classes, count, spread: noise, seed }),
  },
  separable: {
    id: 'separable',
    label: 'Linearly separable',
    fixedClasses: null,
    adjustable: ['classes', 'count', 'seed'],
    generate: ({ classes, count, seed }) => linearlySeparable({ classes, count, seed }),
  },
  xor: {
    id: 'xor',
    label: 'XOR',
    fixedClasses: 2,
    adjustable: ['count', 'noise', 'seed'],
    generate: ({ count, noise, seed }) => xorLike({ count, noise, seed }),
  },
  'two-classes': {
    id: 'two-classes',
    label: 'Two classes',
    fixedClasses: 2,
    adjustable: ['count', 'noise', 'seed'],
    generate: ({ count, noise, seed }) => twoClasses({ count, spread: noise, seed }),
  },
  iris: {
    id: 'iris',
    label: 'Iris petals',
    fixedClasses: IRIS_SPECIES.length,
    adjustable: [],
    generate: iris,
  },
};

export function isDatasetPresetId(value: string): value is DatasetPresetId {
  return (DATASET_PRESET_IDS as readonly string[]).includes(value);
}

export function generatePreset(id: DatasetPresetId, settings: PresetSettings): GeneratedDataset {
  const preset = DATASET_PRESETS[id];
  return { points: preset.generate(settings), classes: preset.fixedClasses ?? settings.classes };
}
