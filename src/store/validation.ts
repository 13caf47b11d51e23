import { MAX_CLASSES, MIN_CLASSES } from '../model/dataset';
import { isDatasetPresetId } from '../model/datasets/presets';
import { formatNumber } from '../model/numberFormat';
import { initialParts, type InitSettings } from '../model/initialization';
import { OPTIMIZER_KINDS, type OptimizerSettings } from '../model/optimizers';
import { LARGEST_CLASS_MEAN } from '../model/parameters';
import { isSeed, MAX_SEED } from '../model/seed';
import type { DatasetSettings, LabSettings, ModelSettings, TrainingSettings, ViewSettings } from './settings';

// Each validator returns a sentence for the user when the settings cannot be used, or null when they can.
// The number fields take their bounds from here, so a field and the store never disagree.

/** More points than this make every step and the separability test slow without teaching more. */
export const MAX_POINTS = 5000;
export const MAX_NOISE = 5;
/** The field's log slider ends here too. */
export const MAX_STEPS_PER_FRAME = 1000;
/**
 * The largest init scale σ. exp(−gap) underflows to 0 in float64 beyond a logit gap of ≈ 745, so a large σ makes
 * probabilities exactly 0 or 1, where steps barely move J. Measured on the presets (coordinates up to about 7):
 * at σ = 100 a quarter to a half of the starting probabilities are already exactly 0 or 1 and Newton still
 * converges on most; at σ = 300 more than half are, and Newton stalls on blobs; at σ = 1000 nearly all are, and
 * it stalls on every preset (σ = 1e300 once sat 1,080 steps at J ≈ 2.7e300). Larger starts teach nothing more.
 */
export const MAX_INIT_SCALE = 100;
const SEED_RULE = `a whole number from 0 to ${MAX_SEED}`;
const CLASS_MEAN_LIMIT = formatNumber(LARGEST_CLASS_MEAN, 1);

const inUnitInterval = (value: number) => value >= 0 && value < 1;

export function validateOptimizer(settings: OptimizerSettings): string | null {
  if (!OPTIMIZER_KINDS.includes(settings.kind)) return `Unknown optimiser “${String(settings.kind)}”.`;
  if (!(settings.learningRate > 0) || !Number.isFinite(settings.learningRate)) return 'The learning rate must be a positive number.';
  if (!Number.isInteger(settings.batchSize) || settings.batchSize < 0) return 'The batch size must be a whole number ≥ 0 (0 means all points).';
  if (!inUnitInterval(settings.momentum)) return 'Momentum β must be at least 0 and below 1.';
  if (!inUnitInterval(settings.beta1) || !inUnitInterval(settings.beta2)) return 'Adam’s β1 and β2 must be at least 0 and below 1.';
  if (settings.newtonTreatment !== 'pseudoinverse' && settings.newtonTreatment !== 'damping') return 'Newton’s treatment must be the pseudo-inverse or damping.';
  if (!(settings.damping > 0) || !Number.isFinite(settings.damping)) return 'Newton’s damping must be a positive number.';
  if (!isSeed(settings.seed)) return `The mini-batch seed must be ${SEED_RULE}.`;
  return null;
}

export function validateModel(model: ModelSettings, classes: number): string | null {
  if (model.parametrization !== 'full' && model.parametrization !== 'reference') return 'The parametrization must be full or reference class.';
  if (!(model.l2 >= 0) || !Number.isFinite(model.l2)) return 'The L2 strength must be a number ≥ 0.';
  if (!Number.isInteger(model.referenceClass) || model.referenceClass < 0 || model.referenceClass >= classes) {
    return `The reference class must be one of the classes 0 to ${classes - 1}.`;
  }
  return null;
}

export function validateTraining(training: TrainingSettings): string | null {
  if (!Number.isInteger(training.stepsPerFrame) || training.stepsPerFrame < 1 || training.stepsPerFrame > MAX_STEPS_PER_FRAME) {
    return `Steps per frame must be a whole number from 1 to ${MAX_STEPS_PER_FRAME}.`;
  }
  if (!(training.tolerance > 0) || !Number.isFinite(training.tolerance)) return 'The gradient tolerance must be a positive number.';
  return null;
}

/** The init settings for K classes; the offset is checked where it lands, in the class-mean m of the start. */
export function validateInit(init: InitSettings, classes: number): string | null {
  if (init.kind !== 'zeros' && init.kind !== 'random') return 'The initialization must be zeros or random.';
  if (!isSeed(init.seed)) return `The init seed must be ${SEED_RULE}.`;
  if (!(init.scale >= 0 && init.scale <= MAX_INIT_SCALE)) {
    return `The init scale σ must be a number from 0 to ${MAX_INIT_SCALE}: beyond that many starting probabilities are exactly 0 or 1 in float64, where steps barely change J.`;
  }
  if (init.offset.length !== 3 || !init.offset.every(Number.isFinite)) return 'The offset c must be three finite numbers.';
  return classMeanProblem(initialParts(classes, init).redundant, 'That offset');
}

/** A refusal naming the limit when some |m| entry would exceed LARGEST_CLASS_MEAN; null when m is allowed. */
export function classMeanProblem(mean: readonly number[], what: string): string | null {
  const largest = Math.max(...mean.map(Math.abs));
  if (largest <= LARGEST_CLASS_MEAN) return null;
  return `${what} would make an entry of the class-mean m reach ${formatNumber(largest, 2)}; the lab allows |m| entries up to ${CLASS_MEAN_LIMIT}, so that ‖θ‖ and the L2 term stay finite.`;
}

export function validateDataset(dataset: DatasetSettings): string | null {
  if (!isDatasetPresetId(dataset.preset)) return `Unknown data set “${String(dataset.preset)}”.`;
  if (!Number.isInteger(dataset.classes) || dataset.classes < MIN_CLASSES || dataset.classes > MAX_CLASSES) {
    return `The number of classes must be a whole number from ${MIN_CLASSES} to ${MAX_CLASSES}.`;
  }
  if (!Number.isInteger(dataset.count) || dataset.count < 0 || dataset.count > MAX_POINTS) return `Points must be a whole number from 0 to ${MAX_POINTS}.`;
  if (!(dataset.noise >= 0 && dataset.noise <= MAX_NOISE)) return `The noise must be a number from 0 to ${MAX_NOISE}.`;
  if (!isSeed(dataset.seed)) return `The data seed must be ${SEED_RULE}.`;
  return null;
}

/** Every point labelled with one of the K classes and at finite coordinates. */
export function validatePoints(points: LabSettings['points'], classes: number): string | null {
  if (points.length > MAX_POINTS) return `At most ${MAX_POINTS} points can be used.`;
  const unusable = points.findIndex((p) => !Number.isInteger(p.label) || p.label < 0 || p.label >= classes || !Number.isFinite(p.x1) || !Number.isFinite(p.x2));
  if (unusable < 0) return null;
  const point = points[unusable];
  if (!Number.isFinite(point.x1) || !Number.isFinite(point.x2)) return `Point ${unusable} has a coordinate that is not a finite number.`;
  return `These points use class ${point.label}, so K must be at least ${point.label + 1}.`;
}

export function validateView(view: ViewSettings, classes: number): string | null {
  if (!Number.isInteger(view.selectedClass) || view.selectedClass < 0 || view.selectedClass >= classes) {
    return `The selected class must be one of the classes 0 to ${classes - 1}.`;
  }
  if (view.tool !== 'add' && view.tool !== 'erase') return 'The tool must be add or erase.';
  const axes = view.sliceAxes;
  if (axes.kind === 'redundant-vs-curved') return null;
  // Indices beyond the current dimension are allowed: the slice adjusts a request that does not fit K.
  const isIndex = (index: number) => Number.isInteger(index) && index >= 0;
  if ((axes.kind !== 'parameters' && axes.kind !== 'eigenvectors') || !isIndex(axes.first) || !isIndex(axes.second)) {
    return 'The loss-surface axes must be two whole numbers ≥ 0.';
  }
  return null;
}

/** The whole settings, each part and how the parts fit together (K of the points, reference and selected class). */
export function validateSettings(settings: LabSettings): string | null {
  const { classes } = settings;
  if (!Number.isInteger(classes) || classes < MIN_CLASSES || classes > MAX_CLASSES) {
    return `The number of classes must be a whole number from ${MIN_CLASSES} to ${MAX_CLASSES}.`;
  }
  return (
    validateDataset(settings.dataset) ??
    validatePoints(settings.points, classes) ??
    validateModel(settings.model, classes) ??
    validateInit(settings.init, classes) ??
    validateOptimizer(settings.optimizer) ??
    validateTraining(settings.training) ??
    validateView(settings.view, classes)
  );
}
