import * as v from 'valibot';
import { DATASET_PRESET_IDS, DATASET_PRESETS } from '../../model/datasets/presets';
import type { OptimizerSettings } from '../../model/optimizers';
import type { ModelChoice } from '../../model/trainerConfig';
import { accepts, choice, field, jsonText, numberText, optionsFrom, positiveNumber, sentenceFor, valueAt, wholeNumber, type SettingField } from '../schema/settingField';
import { MAX_STEPS_PER_FRAME } from '../schema/limits';
import { validateModel, validateOptimizer } from '../validation';
import { describeLane } from './laneDescription';

/** One configuration in a race. Plain data. */
export interface LaneSettings extends ModelChoice {
  /** What the lane is called in the table, the legend and the read-out. */
  readonly label: string;
  readonly optimizer: OptimizerSettings;
}

/** The race's points: the lab's current points, or a generated data set. */
const RACE_DATA_SOURCES = ['lab', ...DATASET_PRESET_IDS] as const;
export type RaceDataSource = (typeof RACE_DATA_SOURCES)[number];

export const RACE_PRESET_IDS = ['parametrization', 'optimizer', 'newton', 'separable', 'margin'] as const;
export type RacePresetId = (typeof RACE_PRESET_IDS)[number];

export const MIN_LANES = 2;
export const MAX_LANES = 4;
// Race steps per frame share the lab's maximum (schema/limits.ts): a frame stops at its time budget
// (FRAME_BUDGET_MS in frameLoop.ts) long before more would matter.

/**
 * Everything that defines a race: plain serialisable data, so the app's URL can carry it. The lanes all start
 * from the lab's initial θ on the same points, so they differ only in what the settings say.
 */
export interface RaceSettings {
  /** The preset the lanes came from, or 'custom' once a lane was changed by hand. */
  readonly preset: RacePresetId | 'custom';
  readonly data: RaceDataSource;
  readonly lanes: readonly LaneSettings[];
  /** The target's loss gap: "steps to reach" counts steps until the loss is within this of J* (see LossTarget). */
  readonly tolerance: number;
  readonly stepsPerFrame: number;
  /** What the shared chart plots against the step: the loss J, or its gap to the best loss found. */
  readonly chart: RaceChart;
}

export type RaceChart = 'loss' | 'gap';

/** Longer lane names would not fit the table or the legend. */
const MAX_LANE_LABEL = 60;

/** A data source by the name the "Race data" select shows. */
export const raceDataLabel = (source: RaceDataSource): string => (source === 'lab' ? 'The lab’s points' : DATASET_PRESETS[source].label);

/** The race's points, edited in the "Race data" select: the lab's points or a preset's, by the presets' names. */
export const RACE_DATA = field({
  key: 'rdata', path: ['data'], label: 'The race’s data', ...choice(RACE_DATA_SOURCES),
  input: { kind: 'select', label: 'Race data', options: optionsFrom(RACE_DATA_SOURCES, raceDataLabel) },
});

export const RACE_TARGET_GAP = field({
  key: 'gap', path: ['tolerance'], label: 'The target’s loss gap', expected: 'a positive number', schema: positiveNumber, codec: numberText,
  input: { kind: 'number', label: 'Target gap to J*', logSlider: { minExponent: -10, maxExponent: -1 } },
});

export const RACE_STEPS_PER_FRAME = field({
  key: 'rspf', path: ['stepsPerFrame'], label: 'Race steps per frame', expected: `a whole number from 1 to ${MAX_STEPS_PER_FRAME}`, ...wholeNumber(1, MAX_STEPS_PER_FRAME),
  input: { kind: 'number', label: 'Race steps per frame', min: 1, max: MAX_STEPS_PER_FRAME, integer: true, logSlider: { minExponent: 0, maxExponent: Math.log10(MAX_STEPS_PER_FRAME) } },
});

/**
 * The race's settings, declared like the lab's (schema/labFields.ts): validation, the URL and the embed read
 * this table. A lane's own fields are the lab's model and optimizer fields (see validateLane).
 */
export const RACE_FIELDS: readonly SettingField[] = [
  field({ key: 'race', path: ['preset'], label: 'The race preset', ...choice([...RACE_PRESET_IDS, 'custom'] as const) }),
  RACE_DATA,
  field({
    key: 'lanes',
    path: ['lanes'],
    label: 'The lanes',
    expected: `a list of ${MIN_LANES} to ${MAX_LANES} lanes`,
    schema: v.pipe(v.array(v.unknown()), v.minLength(MIN_LANES), v.maxLength(MAX_LANES)),
    codec: jsonText,
  }),
  RACE_TARGET_GAP,
  RACE_STEPS_PER_FRAME,
  field({ key: 'chart', path: ['chart'], label: 'The race chart', ...choice(['loss', 'gap'] as const) }),
];

/**
 * A sentence for the user when the settings cannot be used (checked against K, which every reference class must
 * fit), or null when they can. Every field is checked, so settings read back from a URL can be vetted before use.
 */
export function validateRaceSettings(settings: RaceSettings, classes: number): string | null {
  if (typeof settings !== 'object' || settings === null) return 'The race settings are missing.';
  for (const entry of RACE_FIELDS) {
    if (!accepts(entry, valueAt(settings, entry.path))) return sentenceFor(entry);
  }
  for (const [index, lane] of settings.lanes.entries()) {
    const problem = validateLane(lane, classes);
    if (problem !== null) return `Lane ${index + 1}: ${problem}`;
  }
  return null;
}

/** One lane: a name, and the lab's model and optimizer settings, with the reference class below K. */
export function validateLane(lane: LaneSettings, classes: number): string | null {
  if (typeof lane !== 'object' || lane === null || typeof lane.optimizer !== 'object' || lane.optimizer === null) return 'its settings are incomplete.';
  if (typeof lane.label !== 'string' || lane.label.trim() === '' || lane.label.length > MAX_LANE_LABEL) {
    return `a lane needs a name of 1 to ${MAX_LANE_LABEL} characters.`;
  }
  const problem = validateModel(lane, classes) ?? validateOptimizer(lane.optimizer);
  return problem === null ? null : lowerFirst(problem);
}

/**
 * The same settings with every reference class inside 0..K−1, for when the race's data changes K. A lane named
 * after its settings (a lane changed by hand: "reference class 2 · GD η = 0.5") is renamed with them.
 */
export function fitToClasses(settings: RaceSettings, classes: number): RaceSettings {
  const fits = settings.lanes.every((lane) => lane.referenceClass < classes);
  if (fits) return settings;
  const fit = (lane: LaneSettings): LaneSettings => {
    if (lane.referenceClass < classes) return lane;
    const fitted = { ...lane, referenceClass: classes - 1 };
    return lane.label === describeLane(lane) ? { ...fitted, label: describeLane(fitted) } : fitted;
  };
  return { ...settings, lanes: settings.lanes.map(fit) };
}

/**
 * The one way a race's settings meet a K: reference classes fitted to it, then every field validated against
 * it. Either the settings to run, or the sentence saying why there are none.
 */
export function settingsForClasses(settings: RaceSettings, classes: number): { readonly settings: RaceSettings } | { readonly problem: string } {
  const fitted = Array.isArray(settings.lanes) && settings.lanes.every((lane) => typeof lane === 'object' && lane !== null) ? fitToClasses(settings, classes) : settings;
  const problem = validateRaceSettings(fitted, classes);
  return problem === null ? { settings: fitted } : { problem };
}

function lowerFirst(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
