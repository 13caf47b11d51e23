import { LARGEST_COORDINATE } from '../model/coordinateLimits';
import { MIN_CLASSES } from '../model/dataset';
import { formatNumber } from '../model/numberFormat';
import { initialParts, type InitSettings } from '../model/initialization';
import type { OptimizerSettings } from '../model/optimizers';
import { LARGEST_CLASS_MEAN } from '../model/parameters';
import { fieldsOf } from './schema/labFields';
import { MAX_POINTS } from './schema/limits';
import { accepts, sentenceFor, valueAt } from './schema/settingField';
import type { DatasetSettings, LabSettings, ModelSettings, TrainingSettings, ViewSettings } from './settings';

// Each validator returns a sentence for the user when the settings cannot be used, or null when they can. The
// rules of single values are the field table's (schema/labFields.ts); the rules between values are here.

const CLASS_MEAN_LIMIT = formatNumber(LARGEST_CLASS_MEAN, 1);

/** The sentence of the first field of `group` whose value in `part` is not usable, or null. */
function firstProblem(group: string, part: unknown): string | null {
  if (typeof part !== 'object' || part === null) return `The ${group} settings are missing.`;
  for (const field of fieldsOf(group)) {
    // A group's fields are read inside the group; the top-level ones ("") by their whole path.
    const path = group === '' ? field.path : (field.path.slice(1) as [string]);
    if (!accepts(field, valueAt(part, path))) return sentenceFor(field);
  }
  return null;
}

function oneOfTheClasses(what: string, value: number, classes: number): string | null {
  return value < classes ? null : `${what} must be one of the classes 0 to ${classes - 1}.`;
}

export function validatePage(page: LabSettings['page']): string | null {
  return firstProblem('', { page, lesson: 0, classes: MIN_CLASSES });
}

export function validateLesson(lesson: number): string | null {
  return firstProblem('', { page: 'lab', lesson, classes: MIN_CLASSES });
}

export function validateOptimizer(settings: OptimizerSettings): string | null {
  return firstProblem('optimizer', settings);
}

export function validateModel(model: ModelSettings, classes: number): string | null {
  return firstProblem('model', model) ?? oneOfTheClasses('The reference class', model.referenceClass, classes);
}

export function validateTraining(training: TrainingSettings): string | null {
  return firstProblem('training', training);
}

/** The init settings for K classes; the offset is checked where it lands, in the class-mean m of the start. */
export function validateInit(init: InitSettings, classes: number): string | null {
  return firstProblem('init', init) ?? classMeanProblem(initialParts(classes, init).redundant, 'That offset');
}

/** A refusal naming the limit when some |m| entry would exceed LARGEST_CLASS_MEAN; null when m is allowed. */
export function classMeanProblem(mean: readonly number[], what: string): string | null {
  const largest = Math.max(...mean.map(Math.abs));
  if (largest <= LARGEST_CLASS_MEAN) return null;
  return `${what} would make an entry of the class-mean m reach ${formatNumber(largest, 2)}; the lab allows |m| entries up to ${CLASS_MEAN_LIMIT}, so that ‖θ‖ and the L2 term stay finite.`;
}

export function validateDataset(dataset: DatasetSettings): string | null {
  return firstProblem('dataset', dataset);
}

/** Every point labelled with one of the K classes and at finite coordinates. */
export function validatePoints(points: LabSettings['points'], classes: number): string | null {
  if (!Array.isArray(points)) return 'The points must be a list.';
  if (points.length > MAX_POINTS) return `At most ${MAX_POINTS} points can be used.`;
  const isPoint = (p: unknown): p is { x1: number; x2: number; label: number } =>
    typeof p === 'object' && p !== null && Number.isFinite((p as { x1: unknown }).x1) && Number.isFinite((p as { x2: unknown }).x2);
  const withinRange = (p: { x1: number; x2: number }) => Math.abs(p.x1) <= LARGEST_COORDINATE && Math.abs(p.x2) <= LARGEST_COORDINATE;
  const unusable = points.findIndex((p) => !isPoint(p) || !withinRange(p) || !Number.isInteger(p.label) || p.label < 0 || p.label >= classes);
  if (unusable < 0) return null;
  const point: unknown = points[unusable];
  if (!isPoint(point)) return `Point ${unusable} has a coordinate that is not a finite number.`;
  if (Math.abs(point.x1) > LARGEST_COORDINATE || Math.abs(point.x2) > LARGEST_COORDINATE) {
    return `Point ${unusable} has a coordinate beyond ±${formatNumber(LARGEST_COORDINATE, 0)}: products of coordinates would overflow float64; rescale the data.`;
  }
  if (!Number.isInteger(point.label) || point.label < 0) return `Point ${unusable} has a label that is not a class number.`;
  return `These points use class ${point.label}, so K must be at least ${point.label + 1}.`;
}

export function validateView(view: ViewSettings, classes: number): string | null {
  return firstProblem('view', view) ?? oneOfTheClasses('The selected class', view.selectedClass, classes);
}

/** The whole settings, each part and how the parts fit together (K of the points, reference and selected class). */
export function validateSettings(settings: LabSettings): string | null {
  return (
    firstProblem('', settings) ??
    validateDataset(settings.dataset) ??
    validatePoints(settings.points, settings.classes) ??
    validateModel(settings.model, settings.classes) ??
    validateInit(settings.init, settings.classes) ??
    validateOptimizer(settings.optimizer) ??
    validateTraining(settings.training) ??
    validateView(settings.view, settings.classes)
  );
}
