import { MAX_CLASSES, MIN_CLASSES } from '../model/dataset';
import { generatePreset } from '../model/datasets/presets';
import {
  DEFAULT_DATASET,
  DEFAULT_INIT_SETTINGS,
  DEFAULT_MODEL,
  DEFAULT_OPTIMIZER,
  DEFAULT_TRAINING,
  DEFAULT_VIEW,
  type LabSettings,
} from './settings';
import { validateDataset, validateInit, validateModel, validateLesson, validateOptimizer, validatePage, validatePoints, validateSettings, validateTraining, validateView } from './validation';

/** Usable settings and, when some given ones could not be used, the sentence that says which fell back. */
export interface InitialSettings {
  readonly settings: LabSettings;
  readonly message: string | null;
}

/**
 * Settings for a new store from a partial, possibly unusable request (a test, a link): every part that fails
 * its validation falls back to its default, and the message names each problem. Never throws at the user.
 * The reference class and the selected class follow K as they do when K changes.
 */
export function initialSettings(initial: Partial<LabSettings> = {}): InitialSettings {
  const problems: string[] = [];
  const usable = <T,>(given: T | undefined, fallback: T, problem: (value: T) => string | null): T => {
    if (given === undefined) return fallback;
    const found = problem(given);
    if (found === null) return given;
    problems.push(found);
    return fallback;
  };

  const dataset = usable(initial.dataset, DEFAULT_DATASET, validateDataset);
  const generated = generatePreset(dataset.preset, dataset);
  let classes = initial.classes ?? (initial.points === undefined ? generated.classes : dataset.classes);
  let points = initial.points ?? generated.points;
  let pointsEdited = initial.pointsEdited ?? initial.points !== undefined;
  const classesUsable = Number.isInteger(classes) && classes >= MIN_CLASSES && classes <= MAX_CLASSES;
  const pointsProblem = classesUsable ? validatePoints(points, classes) : `The number of classes must be a whole number from ${MIN_CLASSES} to ${MAX_CLASSES}.`;
  if (pointsProblem !== null) {
    problems.push(pointsProblem);
    classes = generated.classes;
    points = generated.points;
    pointsEdited = false;
  }
  // A class index beyond K is refused (the default used, with a word); only a default beyond K follows K silently.
  const belowK = (what: string, given: number | undefined, fallback: number) => {
    if (given === undefined) return {};
    if (given < classes || given === fallback) return { [what]: Math.min(given, classes - 1) };
    problems.push(`The ${what === 'referenceClass' ? 'reference' : 'selected'} class ${given} is not one of the classes 0 to ${classes - 1}.`);
    return { [what]: Math.min(fallback, classes - 1) };
  };
  const carried = <T extends { referenceClass?: number; selectedClass?: number }>(value: T): T => ({
    ...value,
    ...belowK('referenceClass', value.referenceClass, DEFAULT_MODEL.referenceClass),
    ...belowK('selectedClass', value.selectedClass, DEFAULT_VIEW.selectedClass),
  });
  const model = usable(initial.model && carried(initial.model), carried(DEFAULT_MODEL), (m) => validateModel(m, classes));
  const settings: LabSettings = {
    page: usable(initial.page, 'lab', validatePage),
    lesson: usable(initial.lesson, 0, validateLesson),
    dataset,
    classes,
    points,
    pointsEdited,
    model,
    init: usable(initial.init, DEFAULT_INIT_SETTINGS, (init) => validateInit(init, classes)),
    optimizer: usable(initial.optimizer, DEFAULT_OPTIMIZER, validateOptimizer),
    training: usable(initial.training, DEFAULT_TRAINING, validateTraining),
    view: usable(initial.view && carried(initial.view), DEFAULT_VIEW, (view) => validateView(view, classes)),
  };
  // Each part passed on its own; this checks how they fit together, which the fallbacks above guarantee.
  const whole = validateSettings(settings);
  if (whole !== null) throw new Error(`initialSettings produced unusable settings: ${whole}`);
  const message = problems.length === 0 ? null : `Some settings could not be used, so their defaults were taken. ${problems.join(' ')}`;
  return { settings, message };
}
