import type { Point } from '../model/dataset';
import type { InitSettings } from '../model/initialization';
import type { OptimizerSettings } from '../model/optimizers';
import type { ModelChoice } from '../model/trainerConfig';
import { LAB_FIELDS, type AppPage, type FieldGroup, type SliceAxes, type TableSettings, type TopLevelValue } from './schema/labFields';
import { withValueAt, type SettingField } from './schema/settingField';

// The groups' types are read off the field table (schema/labFields.ts), where each setting is declared once.
/** Which data set generated the points, and with what; the points may since have been edited by hand. */
export type DatasetSettings = FieldGroup<'dataset'>;
export type ModelSettings = FieldGroup<'model'>;
/** Steps per frame, and the gradient tolerance: the run stops as converged when ‖∇J‖∞ ≤ tolerance (unless J has no minimiser). */
export type TrainingSettings = FieldGroup<'training'>;
/** What the panels show; `tool` is what a click on the plot does, `presentation` the classroom layout. */
export type ViewSettings = FieldGroup<'view'>;
export type { SliceAxes };

/**
 * Everything a user can set, and their points: plain serialisable data, so that one schema can write it to a
 * URL and read it back. Everything else in the store is derived from this or is the state of the run. The
 * settings' types are the table's (TableSettings): what the app shows (`page`: the lab, the race or the lessons
 * as one long page), the open lesson (0 for none), K (`classes`), and the groups below.
 */
export interface LabSettings extends TableSettings {
  readonly points: readonly Point[];
  /**
   * True once the points differ from what the data-set settings draw (drawn or erased by hand, or loaded):
   * then they must be kept as they are, since the settings cannot draw them again.
   */
  readonly pointsEdited: boolean;
}

/** Every default setting: the lab a new visitor sees, whose points are drawn from DEFAULT_DATASET. Built from the table's defaults. */
export const DEFAULT_SETTINGS = defaultsOf(LAB_FIELDS) as Omit<LabSettings, 'points'>;

export const DEFAULT_DATASET: DatasetSettings = DEFAULT_SETTINGS.dataset;
export const DEFAULT_MODEL: ModelSettings = DEFAULT_SETTINGS.model;
export const DEFAULT_TRAINING: TrainingSettings = DEFAULT_SETTINGS.training;
export const DEFAULT_VIEW: ViewSettings = DEFAULT_SETTINGS.view;
export const DEFAULT_INIT_SETTINGS: InitSettings = DEFAULT_SETTINGS.init;
export const DEFAULT_OPTIMIZER: OptimizerSettings = DEFAULT_SETTINGS.optimizer;

/** The table's defaults as one settings object, with `pointsEdited` false (fresh points are drawn, not edited). */
function defaultsOf(fields: readonly SettingField[]): object {
  let settings: object = { pointsEdited: false };
  for (const entry of fields) {
    const [group, name] = entry.path;
    if (name !== undefined && !Object.hasOwn(settings, group)) settings = { ...settings, [group]: {} };
    settings = withValueAt(settings, entry.path, entry.default);
  }
  return settings;
}

// The model's own types, which the engine reads without the store (src/model cannot import it), must be exactly
// what the table declares: the table is checked to satisfy them, so a setting added to one and not the other fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const optimizerGroupMatches: Same<FieldGroup<'optimizer'>, OptimizerSettings> = true;
const initGroupMatches: Same<FieldGroup<'init'>, InitSettings> = true;
const modelGroupMatches: Same<FieldGroup<'model'>, ModelChoice> = true;
const pageMatches: Same<TopLevelValue<'page'>, AppPage> = true;
void [optimizerGroupMatches, initGroupMatches, modelGroupMatches, pageMatches];

/** The settings part of a store's state: what a URL would save, and what `applySettings` takes back. */
export function settingsOf(state: LabSettings): LabSettings {
  const { page, lesson, dataset, classes, points, pointsEdited, model, init, optimizer, training, view } = state;
  return { page, lesson, dataset, classes, points, pointsEdited, model, init, optimizer, training, view };
}
