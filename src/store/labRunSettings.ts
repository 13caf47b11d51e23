import { trainerConfig, type RunSettings } from '../model/trainerConfig';
import type { TrainerConfig } from '../model/trainer';
import type { LabSettings } from './settings';

/** The lab's settings in the flat shape every run takes (lab, race lane, CLI). */
export function labRunSettings(settings: Pick<LabSettings, 'model' | 'optimizer' | 'init' | 'training'>): RunSettings {
  return { ...settings.model, optimizer: settings.optimizer, init: settings.init, tolerance: settings.training.tolerance };
}

/** The engine's view of the lab's settings (its objective is what the curvature panels recompute). */
export function labTrainerConfig(settings: LabSettings): TrainerConfig {
  return trainerConfig(labRunSettings(settings));
}
