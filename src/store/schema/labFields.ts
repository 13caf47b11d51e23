import * as v from 'valibot';
import { MAX_CLASSES, MIN_CLASSES } from '../../model/dataset';
import { DATASET_PRESET_IDS, DATASET_PRESETS } from '../../model/datasets/presets';
import { DEFAULT_INIT } from '../../model/initialization';
import { DEFAULT_OPTIMIZER_SETTINGS, OPTIMIZER_KINDS, OPTIMIZERS, usesSetting, type EditableHyperParameter, type OptimizerSettings } from '../../model/optimizers';
import type { InitSettings } from '../../model/initialization';
import { MAX_SEED } from '../../model/seed';
import { MAX_INIT_SCALE, MAX_NOISE, MAX_POINTS, MAX_STEPS_PER_FRAME } from './limits';
import {
  finiteNumber,
  nonNegativeNumber,
  numberFrom,
  numberText,
  positiveNumber,
  tripleText,
  unitFraction,
  choice,
  field,
  optionsFrom,
  type FieldPath,
  type SettingsShape,
  toggle,
  wholeNumber,
  wholeNumberFrom,
  type SettingField,
  type TextCodec,
} from './settingField';

export const APP_PAGES = ['lab', 'race', 'read'] as const;
/**
 * Lesson numbers a link may name, 1 to the number of lessons; 0 means no lesson is open. A number here, not the
 * lessons' count, because the lessons load lazily and the schema is in the start bundle: src/lessons/lessons.test.ts
 * fails when the two differ.
 */
export const MAX_LESSON = 15;
export type AppPage = (typeof APP_PAGES)[number];

const SEED_RULE = `a whole number from 0 to ${MAX_SEED}`;
/** Below K as well: validation.ts checks that against the settings' K. */
const CLASS_RULE = 'one of the classes 0 to K − 1';

const seed = wholeNumberFrom(0, MAX_SEED);
const seedInput = { kind: 'number', min: 0, max: MAX_SEED, integer: true } as const;

/** The two axes of the loss-surface slice through the current θ. */
export type SliceAxes =
  | { readonly kind: 'redundant-vs-curved' }
  | { readonly kind: 'parameters'; readonly first: number; readonly second: number }
  | { readonly kind: 'eigenvectors'; readonly first: number; readonly second: number };

/** Whether the chosen optimiser reads this setting (its registry entry says which it reads). */
const readByOptimizer = (setting: EditableHyperParameter) => (settings: SettingsShape) => usesSetting(settings.optimizer as OptimizerSettings, setting);

/** The loss-surface axes as "redundant", "parameters:1,4" or "eigenvectors:0,1". */
const sliceAxesText: TextCodec<SliceAxes> = {
  read(text) {
    if (text === 'redundant') return { kind: 'redundant-vs-curved' };
    const match = /^(parameters|eigenvectors):(\d+),(\d+)$/.exec(text);
    if (match === null) return undefined;
    return { kind: match[1] as 'parameters' | 'eigenvectors', first: Number(match[2]), second: Number(match[3]) };
  },
  write: (axes) => (axes.kind === 'redundant-vs-curved' ? 'redundant' : `${axes.kind}:${axes.first},${axes.second}`),
};

const axisIndex = v.pipe(v.number(), v.integer(), v.minValue(0));
const sliceAxesSchema = v.variant('kind', [
  v.object({ kind: v.literal('redundant-vs-curved') }),
  v.object({ kind: v.picklist(['parameters', 'eigenvectors']), first: axisIndex, second: axisIndex }),
]) as v.GenericSchema<SliceAxes>;

/**
 * Every lab setting but the points (which travel as a block of their own), declared once: its address key (also the
 * embed's control name), the words for a bad value, schema, codec, default, input hints, when it is relevant and
 * its `npm run fit` option. Validation, the URL, stored sessions, the embed's `set` command, the number fields, the
 * CLI and the settings' TypeScript types (below) all read this table. Cross-field rules (the reference class and
 * the selected class below K, the class-mean limit of the offset) are in validation.ts.
 */
const TABLE = [
  field({ key: 'view', path: ['page'], label: 'The view', ...choice(APP_PAGES), default: 'lab' }),
  field({ key: 'lesson', path: ['lesson'], label: 'The lesson', expected: `a whole number from 0 (none) to ${MAX_LESSON}`, ...wholeNumber(0, MAX_LESSON), default: 0 }),
  field({
    key: 'k', path: ['classes'], label: 'The number of classes', expected: `a whole number from ${MIN_CLASSES} to ${MAX_CLASSES}`, ...wholeNumber(MIN_CLASSES, MAX_CLASSES),
    default: 3, input: { kind: 'number', label: 'Classes', min: MIN_CLASSES, max: MAX_CLASSES, integer: true, linearSlider: true },
  }),
  field({
    key: 'data', path: ['dataset', 'preset'], label: 'The data set', ...choice(DATASET_PRESET_IDS), default: 'blobs',
    input: { kind: 'select', label: 'Data set', options: optionsFrom(DATASET_PRESET_IDS, (id) => DATASET_PRESETS[id].label) },
  }),
  field({ key: 'dk', path: ['dataset', 'classes'], label: 'The number of classes drawn', expected: `a whole number from ${MIN_CLASSES} to ${MAX_CLASSES}`, ...wholeNumber(MIN_CLASSES, MAX_CLASSES), default: 3 }),
  field({
    key: 'n', path: ['dataset', 'count'], label: 'Points', expected: `a whole number from 0 to ${MAX_POINTS}`, ...wholeNumber(0, MAX_POINTS),
    default: 200, input: { kind: 'number', label: 'Points', min: 0, max: MAX_POINTS, integer: true },
  }),
  // Blobs that overlap a little: not linearly separable, so the unregularised loss has a minimiser to reach.
  field({
    key: 'noise', path: ['dataset', 'noise'], label: 'The noise', expected: `a number from 0 to ${MAX_NOISE}`, schema: numberFrom(0, MAX_NOISE), codec: numberText,
    default: 0.8, input: { kind: 'number', label: 'Noise', min: 0, max: MAX_NOISE, step: 0.05 },
  }),
  field({ key: 'seed', path: ['dataset', 'seed'], label: 'The data seed', expected: SEED_RULE, schema: seed, codec: numberText, default: 1, input: { label: 'Seed', ...seedInput } }),
  field({
    key: 'param', path: ['model', 'parametrization'], label: 'The parametrization', ...choice(['full', 'reference'] as const), default: 'full', cli: 'parametrization',
    input: { kind: 'select', label: 'Parametrization', options: { full: 'Full: K free rows', reference: 'Reference class: one row fixed at 0' } },
  }),
  field({
    key: 'ref', path: ['model', 'referenceClass'], label: 'The reference class', expected: CLASS_RULE, ...wholeNumber(0, Number.MAX_SAFE_INTEGER),
    default: 2, input: { kind: 'class', label: 'Reference class' }, relevant: (settings) => (settings.model as { parametrization: string }).parametrization === 'reference', cli: 'reference-class',
  }),
  field({
    key: 'l2', path: ['model', 'l2'], label: 'The L2 strength', expected: 'a number ≥ 0', schema: nonNegativeNumber, codec: numberText,
    default: 0, input: { kind: 'number', label: 'L2 strength', name: true, min: 0, logSlider: { minExponent: -4, maxExponent: 1, allowZero: true } }, cli: 'l2',
  }),
  field({ key: 'pb', path: ['model', 'penalizeBias'], label: 'Penalise the bias', ...toggle, default: true, input: { kind: 'checkbox', label: 'Penalize bias' }, cli: 'penalize-bias' }),
  field({
    key: 'init', path: ['init', 'kind'], label: 'The initialization', ...choice(['zeros', 'random'] as const), default: DEFAULT_INIT.kind, cli: 'init',
    input: { kind: 'select', label: 'Initialization', options: { zeros: 'Zeros', random: 'Random (seeded normal)' } },
  }),
  field({
    key: 'iseed', path: ['init', 'seed'], label: 'The init seed', expected: SEED_RULE, schema: seed, codec: numberText,
    default: DEFAULT_INIT.seed, input: { label: 'Init seed', ...seedInput }, relevant: (settings) => (settings.init as InitSettings).kind === 'random', cli: 'init-seed',
  }),
  field({
    key: 'scale',
    path: ['init', 'scale'],
    label: 'The init scale σ',
    expected: `a number from 0 to ${MAX_INIT_SCALE}: beyond that many starting probabilities are exactly 0 or 1 in float64, where steps barely change J`,
    schema: numberFrom(0, MAX_INIT_SCALE),
    codec: numberText,
    default: DEFAULT_INIT.scale,
    input: { kind: 'number', label: 'Init scale σ', min: 0, max: MAX_INIT_SCALE, hint: 'Standard deviation of each entry' },
    relevant: (settings) => (settings.init as InitSettings).kind === 'random',
    cli: 'init-scale',
  }),
  field({ key: 'c', path: ['init', 'offset'], label: 'The offset c', expected: 'three finite numbers', schema: v.tuple([finiteNumber, finiteNumber, finiteNumber]), codec: tripleText, default: DEFAULT_INIT.offset,
    input: { kind: 'parts', label: 'Offset', parts: ['c_b', 'c_w1', 'c_w2'] }, cli: 'offset',
  }),
  field({ key: 'opt', path: ['optimizer', 'kind'], label: 'The optimizer', ...choice(OPTIMIZER_KINDS), default: DEFAULT_OPTIMIZER_SETTINGS.kind,
    input: { kind: 'select', label: 'Optimizer', options: optionsFrom(OPTIMIZER_KINDS, (kind) => OPTIMIZERS[kind].label) }, cli: 'optimizer',
  }),
  field({
    key: 'lr', path: ['optimizer', 'learningRate'], label: 'The learning rate', expected: 'a positive number', schema: positiveNumber, codec: numberText,
    default: DEFAULT_OPTIMIZER_SETTINGS.learningRate, input: { kind: 'number', label: 'Learning rate', logSlider: { minExponent: -4, maxExponent: 1 } }, relevant: readByOptimizer('learningRate'), cli: 'lr',
  }),
  field({
    key: 'batch', path: ['optimizer', 'batchSize'], label: 'The batch size', expected: 'a whole number ≥ 0 (0 means all points)', ...wholeNumber(0, Number.MAX_SAFE_INTEGER),
    default: DEFAULT_OPTIMIZER_SETTINGS.batchSize, input: { kind: 'number', label: 'Batch size', min: 0, integer: true }, relevant: readByOptimizer('batchSize'), cli: 'batch-size',
  }),
  field({
    key: 'mom', path: ['optimizer', 'momentum'], label: 'Momentum β', expected: 'at least 0 and below 1', schema: unitFraction, codec: numberText,
    default: DEFAULT_OPTIMIZER_SETTINGS.momentum, input: { kind: 'number', label: 'Momentum β', min: 0 }, relevant: readByOptimizer('momentum'), cli: 'momentum',
  }),
  field({
    key: 'b1', path: ['optimizer', 'beta1'], label: 'Adam’s β1', expected: 'at least 0 and below 1', schema: unitFraction, codec: numberText,
    default: DEFAULT_OPTIMIZER_SETTINGS.beta1, input: { kind: 'number', label: 'Adam β1', name: true, min: 0 }, relevant: readByOptimizer('beta1'), cli: 'beta1',
  }),
  field({
    key: 'b2', path: ['optimizer', 'beta2'], label: 'Adam’s β2', expected: 'at least 0 and below 1', schema: unitFraction, codec: numberText,
    default: DEFAULT_OPTIMIZER_SETTINGS.beta2, input: { kind: 'number', label: 'Adam β2', name: true, min: 0 }, relevant: readByOptimizer('beta2'), cli: 'beta2',
  }),
  field({
    key: 'newton', path: ['optimizer', 'newtonTreatment'], label: 'Newton’s treatment of a singular Hessian', ...choice(['pseudoinverse', 'damping'] as const),
    default: DEFAULT_OPTIMIZER_SETTINGS.newtonTreatment, input: {
      kind: 'select', label: 'Singular Hessian',
      options: { pseudoinverse: { label: 'Pseudo-inverse', hint: 'No step along zero-curvature directions' }, damping: { label: 'Damping', hint: 'Adds μ to every eigenvalue' } },
    },
    relevant: readByOptimizer('newtonTreatment'), cli: 'newton-treatment',
  }),
  field({
    key: 'damp', path: ['optimizer', 'damping'], label: 'Newton’s damping', expected: 'a positive number', schema: positiveNumber, codec: numberText,
    default: DEFAULT_OPTIMIZER_SETTINGS.damping, input: { kind: 'number', label: 'Damping μ', logSlider: { minExponent: -6, maxExponent: 1 } }, relevant: readByOptimizer('damping'), cli: 'damping',
  }),
  field({ key: 'oseed', path: ['optimizer', 'seed'], label: 'The mini-batch seed', expected: SEED_RULE, schema: seed, codec: numberText, default: DEFAULT_OPTIMIZER_SETTINGS.seed, cli: 'batch-seed' }),
  field({
    key: 'spf', path: ['training', 'stepsPerFrame'], label: 'Steps per frame', expected: `a whole number from 1 to ${MAX_STEPS_PER_FRAME}`, ...wholeNumber(1, MAX_STEPS_PER_FRAME),
    default: 1, input: {
      kind: 'number', label: 'Steps per frame', min: 1, max: MAX_STEPS_PER_FRAME, integer: true, logSlider: { minExponent: 0, maxExponent: Math.log10(MAX_STEPS_PER_FRAME) },
      hint: 'At most this many: a frame stops stepping early when its steps take too long, so the page stays smooth',
    },
  }),
  field({
    key: 'tol', path: ['training', 'tolerance'], label: 'The gradient tolerance', expected: 'a positive number', schema: positiveNumber, codec: numberText,
    default: 1e-6, input: { kind: 'number', label: 'Gradient tolerance', logSlider: { minExponent: -12, maxExponent: -1 }, hint: 'Where J has a minimiser, the run stops as converged when ‖∇J‖∞ ≤ this; where it has none, it never does' }, cli: 'tol',
  }),
  field({ key: 'argmax', path: ['view', 'argmaxOnly'], label: 'Show the predicted class only', ...toggle, default: false }),
  field({ key: 'arrows', path: ['view', 'showWeightVectors'], label: 'Show weight vectors', ...toggle, default: false }),
  field({ key: 'logy', path: ['view', 'curvesLogScale'], label: 'Log scale for the curves', ...toggle, default: true }),
  field({ key: 'cls', path: ['view', 'selectedClass'], label: 'The selected class', expected: CLASS_RULE, ...wholeNumber(0, Number.MAX_SAFE_INTEGER), default: 0 }),
  field({ key: 'present', path: ['view', 'presentation'], label: 'Presentation mode', ...toggle, default: false }),
  field({ key: 'naive', path: ['view', 'naiveSoftmax'], label: 'Show the naive softmax beside the stable one', ...toggle, default: false }),
  field({ key: 'tool', path: ['view', 'tool'], label: 'The tool', ...choice(['add', 'erase'] as const), default: 'add' }),
  field({
    key: 'slice',
    path: ['view', 'sliceAxes'],
    label: 'The loss-surface axes',
    expected: '“redundant”, or “parameters:i,j” or “eigenvectors:i,j” with whole numbers i, j ≥ 0',
    schema: sliceAxesSchema,
    codec: sliceAxesText,
    default: { kind: 'redundant-vs-curved' },
  }),
] as const;

export const LAB_FIELDS: readonly SettingField[] = TABLE;

// The setting types, read off the table: a group's fields by their names, each with its schema's value type.
type TableField = (typeof TABLE)[number];
type ValueOf<F> = F extends SettingField<infer Value, FieldPath> ? Value : never;
/** The settings of one group ("model", "view", …) as the table declares them. */
export type FieldGroup<Group extends string> = {
  readonly [F in Extract<TableField, { readonly path: readonly [Group, string] }> as F['path'][1]]: ValueOf<F>;
};
/** A top-level setting's value type ("page", "classes"). */
export type TopLevelValue<Key extends string> = ValueOf<Extract<TableField, { readonly path: readonly [Key] }>>;
type GroupName = Extract<TableField, { readonly path: readonly [string, string] }>['path'][0];
/**
 * Every setting the table declares, at its path: the top-level ones by name, the others in their groups. The
 * store's LabSettings is this plus the points; a setting added to the table is in it with its schema's type.
 */
export type TableSettings = {
  readonly [F in TableField as F['path'] extends readonly [infer Key extends string] ? Key : never]: ValueOf<F>;
} & { readonly [Group in GroupName]: FieldGroup<Group> };

/** Every path the table declares, as a tuple: ['optimizer', 'learningRate']. */
export type LabFieldPath = TableField['path'];
/** The field at a path, with its value type and input kind. */
export type LabFieldAt<Path extends LabFieldPath> = Extract<TableField, { readonly path: Path }>;

/** The fields of one settings group ("optimizer", "model", …), or the top-level fields for a group of "". */
export function fieldsOf(group: string): readonly SettingField[] {
  return LAB_FIELDS.filter((entry) => (group === '' ? entry.path.length === 1 : entry.path[0] === group));
}

/** The field at a settings path ("optimizer", "learningRate"): what a view renders a setting's input from. */
export function labField<const Path extends LabFieldPath>(...path: Path): LabFieldAt<Path> {
  const found = LAB_FIELDS.find((entry) => entry.path.join('.') === path.join('.'));
  if (found === undefined) throw new Error(`no lab setting at ${path.join('.')}`);
  return found as LabFieldAt<Path>;
}
