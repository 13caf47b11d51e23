import * as v from 'valibot';
import { MAX_CLASSES, MIN_CLASSES } from '../../model/dataset';
import { DATASET_PRESET_IDS } from '../../model/datasets/presets';
import { OPTIMIZER_KINDS } from '../../model/optimizers';
import { MAX_SEED } from '../../model/seed';
import type { SliceAxes } from '../settings';
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
  toggle,
  wholeNumber,
  wholeNumberFrom,
  type SettingField,
  type TextCodec,
} from './settingField';

export const APP_PAGES = ['lab', 'race', 'read'] as const;
/** Lesson numbers a link may name; 0 means no lesson is open. The lessons themselves say which exist. */
export const MAX_LESSON = 20;
export type AppPage = (typeof APP_PAGES)[number];

const SEED_RULE = `a whole number from 0 to ${MAX_SEED}`;
/** Below K as well: validation.ts checks that against the settings' K. */
const CLASS_RULE = 'one of the classes 0 to K − 1';

const seed = wholeNumberFrom(0, MAX_SEED);

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
 * Every lab setting but the points (which travel as a block of their own): the one declaration that validation,
 * the URL, stored sessions and the embed's `set` command read. Cross-field rules (the reference class and the
 * selected class below K, the class-mean limit of the offset) are in validation.ts.
 */
export const LAB_FIELDS: readonly SettingField[] = [
  field({ key: 'view', path: ['page'], label: 'The view', ...choice(APP_PAGES) }),
  field({ key: 'lesson', path: ['lesson'], label: 'The lesson', expected: `a whole number from 0 (none) to ${MAX_LESSON}`, ...wholeNumber(0, MAX_LESSON) }),
  field({ key: 'k', path: ['classes'], label: 'The number of classes', expected: `a whole number from ${MIN_CLASSES} to ${MAX_CLASSES}`, ...wholeNumber(MIN_CLASSES, MAX_CLASSES) }),
  field({ key: 'data', path: ['dataset', 'preset'], label: 'The data set', ...choice(DATASET_PRESET_IDS) }),
  field({ key: 'dk', path: ['dataset', 'classes'], label: 'The number of classes drawn', expected: `a whole number from ${MIN_CLASSES} to ${MAX_CLASSES}`, ...wholeNumber(MIN_CLASSES, MAX_CLASSES) }),
  field({ key: 'n', path: ['dataset', 'count'], label: 'Points', expected: `a whole number from 0 to ${MAX_POINTS}`, ...wholeNumber(0, MAX_POINTS) }),
  field({ key: 'noise', path: ['dataset', 'noise'], label: 'The noise', expected: `a number from 0 to ${MAX_NOISE}`, schema: numberFrom(0, MAX_NOISE), codec: numberText }),
  field({ key: 'seed', path: ['dataset', 'seed'], label: 'The data seed', expected: SEED_RULE, schema: seed, codec: numberText }),
  field({ key: 'param', path: ['model', 'parametrization'], label: 'The parametrization', ...choice(['full', 'reference'] as const) }),
  field({ key: 'ref', path: ['model', 'referenceClass'], label: 'The reference class', expected: CLASS_RULE, ...wholeNumber(0, Number.MAX_SAFE_INTEGER) }),
  field({ key: 'l2', path: ['model', 'l2'], label: 'The L2 strength', expected: 'a number ≥ 0', schema: nonNegativeNumber, codec: numberText }),
  field({ key: 'pb', path: ['model', 'penalizeBias'], label: 'Penalise the bias', ...toggle }),
  field({ key: 'init', path: ['init', 'kind'], label: 'The initialization', ...choice(['zeros', 'random'] as const) }),
  field({ key: 'iseed', path: ['init', 'seed'], label: 'The init seed', expected: SEED_RULE, schema: seed, codec: numberText }),
  field({
    key: 'scale',
    path: ['init', 'scale'],
    label: 'The init scale σ',
    expected: `a number from 0 to ${MAX_INIT_SCALE}: beyond that many starting probabilities are exactly 0 or 1 in float64, where steps barely change J`,
    schema: numberFrom(0, MAX_INIT_SCALE),
    codec: numberText,
  }),
  field({ key: 'c', path: ['init', 'offset'], label: 'The offset c', expected: 'three finite numbers', schema: v.tuple([finiteNumber, finiteNumber, finiteNumber]), codec: tripleText }),
  field({ key: 'opt', path: ['optimizer', 'kind'], label: 'The optimizer', ...choice(OPTIMIZER_KINDS) }),
  field({ key: 'lr', path: ['optimizer', 'learningRate'], label: 'The learning rate', expected: 'a positive number', schema: positiveNumber, codec: numberText }),
  field({ key: 'batch', path: ['optimizer', 'batchSize'], label: 'The batch size', expected: 'a whole number ≥ 0 (0 means all points)', ...wholeNumber(0, Number.MAX_SAFE_INTEGER) }),
  field({ key: 'mom', path: ['optimizer', 'momentum'], label: 'Momentum β', expected: 'at least 0 and below 1', schema: unitFraction, codec: numberText }),
  field({ key: 'b1', path: ['optimizer', 'beta1'], label: 'Adam’s β1', expected: 'at least 0 and below 1', schema: unitFraction, codec: numberText }),
  field({ key: 'b2', path: ['optimizer', 'beta2'], label: 'Adam’s β2', expected: 'at least 0 and below 1', schema: unitFraction, codec: numberText }),
  field({ key: 'newton', path: ['optimizer', 'newtonTreatment'], label: 'Newton’s treatment of a singular Hessian', ...choice(['pseudoinverse', 'damping'] as const) }),
  field({ key: 'damp', path: ['optimizer', 'damping'], label: 'Newton’s damping', expected: 'a positive number', schema: positiveNumber, codec: numberText }),
  field({ key: 'oseed', path: ['optimizer', 'seed'], label: 'The mini-batch seed', expected: SEED_RULE, schema: seed, codec: numberText }),
  field({ key: 'spf', path: ['training', 'stepsPerFrame'], label: 'Steps per frame', expected: `a whole number from 1 to ${MAX_STEPS_PER_FRAME}`, ...wholeNumber(1, MAX_STEPS_PER_FRAME) }),
  field({ key: 'tol', path: ['training', 'tolerance'], label: 'The gradient tolerance', expected: 'a positive number', schema: positiveNumber, codec: numberText }),
  field({ key: 'argmax', path: ['view', 'argmaxOnly'], label: 'Show the predicted class only', ...toggle }),
  field({ key: 'arrows', path: ['view', 'showWeightVectors'], label: 'Show weight vectors', ...toggle }),
  field({ key: 'logy', path: ['view', 'curvesLogScale'], label: 'Log scale for the curves', ...toggle }),
  field({ key: 'cls', path: ['view', 'selectedClass'], label: 'The selected class', expected: CLASS_RULE, ...wholeNumber(0, Number.MAX_SAFE_INTEGER) }),
  field({ key: 'present', path: ['view', 'presentation'], label: 'Presentation mode', ...toggle }),
  field({ key: 'naive', path: ['view', 'naiveSoftmax'], label: 'Show the naive softmax beside the stable one', ...toggle }),
  field({ key: 'tool', path: ['view', 'tool'], label: 'The tool', ...choice(['add', 'erase'] as const) }),
  field({
    key: 'slice',
    path: ['view', 'sliceAxes'],
    label: 'The loss-surface axes',
    expected: '“redundant”, or “parameters:i,j” or “eigenvectors:i,j” with whole numbers i, j ≥ 0',
    schema: sliceAxesSchema,
    codec: sliceAxesText,
  }),
];

/** The fields of one settings group ("optimizer", "model", …), or the top-level fields for a group of "". */
export function fieldsOf(group: string): readonly SettingField[] {
  return LAB_FIELDS.filter((entry) => (group === '' ? entry.path.length === 1 : entry.path[0] === group));
}
