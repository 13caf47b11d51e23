import { adam } from './adam';
import { gradientDescent } from './gd';
import { lbfgs } from './lbfgs';
import { momentum } from './momentum';
import { newton } from './newton';
import { stochasticGradientDescent } from './sgd';
import type { EditableHyperParameter, HyperParameters, Optimizer, OptimizerDefinition } from './types';

/**
 * Every optimiser the app offers, by the name links and the CLI use for it, in the order the select lists them.
 * Adding one means adding its file and a line here; every list, select, message and export reads this.
 */
export const OPTIMIZERS = {
  gd: gradientDescent,
  sgd: stochasticGradientDescent,
  momentum,
  adam,
  newton,
  lbfgs,
} as const satisfies Record<string, OptimizerDefinition>;

export type OptimizerKind = keyof typeof OPTIMIZERS;
export const OPTIMIZER_KINDS = Object.keys(OPTIMIZERS) as readonly OptimizerKind[];

/** Which optimiser, and its hyper-parameters. Plain data, changeable between steps. */
export interface OptimizerSettings extends HyperParameters {
  readonly kind: OptimizerKind;
}

export const DEFAULT_OPTIMIZER_SETTINGS: OptimizerSettings = {
  kind: 'gd',
  learningRate: 0.5,
  batchSize: 0,
  momentum: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  newtonTreatment: 'pseudoinverse',
  damping: 1e-3,
  seed: 1,
};

export function optimizerOf(kind: OptimizerKind): OptimizerDefinition {
  return OPTIMIZERS[kind];
}

/** A fresh optimiser (empty moments, history and batch order) for `dimension` free parameters. */
export function createOptimizer(kind: OptimizerKind, dimension: number, seed: number): Optimizer {
  return OPTIMIZERS[kind].create(dimension, seed);
}

/** Whether the chosen optimiser reads this hyper-parameter (Newton's damping μ only under damping). */
export function usesSetting(settings: OptimizerSettings, setting: EditableHyperParameter): boolean {
  return OPTIMIZERS[settings.kind].settingsUsed(settings).includes(setting);
}

/** Whether steps follow seeded mini-batches of fewer than all `pointCount` points. */
export function stepsOnMiniBatches(settings: Pick<OptimizerSettings, 'kind' | 'batchSize'>, pointCount: number): boolean {
  return OPTIMIZERS[settings.kind].miniBatches && settings.batchSize > 0 && settings.batchSize < pointCount;
}

/** Plain gradient descent on all points, θ ← θ − η∇J: the run the step-size law η < 2/λmax(H) is about. */
export function takesFullGradientSteps(settings: Pick<OptimizerSettings, 'kind' | 'batchSize'>, pointCount: number): boolean {
  return OPTIMIZERS[settings.kind].plainStep && !stepsOnMiniBatches(settings, pointCount);
}
