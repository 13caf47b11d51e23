import type { InitSettings } from './initialization';
import type { OptimizerSettings } from './optimizers';
import type { ParametrizationKind } from './parameters';
import type { TrainerConfig } from './trainer';

/**
 * The model being fitted, as a person chooses it: the one shape of these four fields (the lab's model settings,
 * a race lane and the CLI's run all hold it; the engine's ObjectiveSpec nests the first two).
 */
export interface ModelChoice {
  readonly parametrization: ParametrizationKind;
  /** Read only under the reference-class parametrisation. */
  readonly referenceClass: number;
  readonly l2: number;
  readonly penalizeBias: boolean;
}

/**
 * What defines a run besides the data, flat: the lab's settings, a race lane and the CLI's options all come in
 * this shape, and `trainerConfig` is the one place it becomes the engine's nested config.
 */
export interface RunSettings extends ModelChoice {
  readonly optimizer: OptimizerSettings;
  readonly init: InitSettings;
  /** The gradient tolerance: a step with ‖∇J‖∞ ≤ tolerance stops the run as converged. */
  readonly tolerance: number;
}

/** The engine's config for these settings. */
export function trainerConfig(settings: RunSettings): TrainerConfig {
  const { parametrization, referenceClass, l2, penalizeBias, optimizer, init, tolerance } = settings;
  return { objective: { parametrization: { kind: parametrization, referenceClass }, l2, penalizeBias }, optimizer, init, tolerance };
}
