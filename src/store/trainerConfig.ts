import type { TrainerConfig } from '../model/trainer';
import type { LabSettings } from './settings';

/**
 * Separable points and λ = 0: J has no minimiser (teaching-math §6), so a small gradient is not convergence.
 * No points: there is nothing to fit at all.
 */
export function hasNoMinimiser(settings: SettingsWithData): boolean {
  return settings.points.length > 0 && settings.separable && settings.model.l2 === 0;
}

/** The settings and whether their points are linearly separable (the store's state has both). */
export type SettingsWithData = LabSettings & { readonly separable: boolean };

/**
 * The engine's view of the settings. Where J has no minimiser the gradient tolerance is 0, so the run never
 * stops on a small gradient and ‖θ‖ keeps growing visibly; it stops only when J no longer changes in float64.
 */
export function trainerConfig(settings: SettingsWithData): TrainerConfig {
  const { model } = settings;
  return {
    objective: {
      parametrization: { kind: model.parametrization, referenceClass: model.referenceClass },
      l2: model.l2,
      penalizeBias: model.penalizeBias,
    },
    optimizer: settings.optimizer,
    init: settings.init,
    tolerance: hasNoMinimiser(settings) ? 0 : settings.training.tolerance,
  };
}
