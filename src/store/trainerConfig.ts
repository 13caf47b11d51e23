import type { TrainerConfig } from '../model/trainer';
import type { LabSettings } from './settings';

/** The engine's view of the settings. */
export function trainerConfig(settings: LabSettings): TrainerConfig {
  const { model } = settings;
  return {
    objective: {
      parametrization: { kind: model.parametrization, referenceClass: model.referenceClass },
      l2: model.l2,
      penalizeBias: model.penalizeBias,
    },
    optimizer: settings.optimizer,
    init: settings.init,
    tolerance: settings.training.tolerance,
  };
}
