import type { OptimizerSettings } from '../model/optimizers';
import type { ModelSettings, TrainingSettings } from './settings';

// Each returns a sentence for the user when the settings cannot be used, or null when they can.

export function validateOptimizer(settings: OptimizerSettings): string | null {
  if (!(settings.learningRate > 0) || !Number.isFinite(settings.learningRate)) return 'The learning rate must be a positive number.';
  if (!Number.isInteger(settings.batchSize) || settings.batchSize < 0) return 'The batch size must be a whole number ≥ 0 (0 means all points).';
  if (!(settings.momentum >= 0 && settings.momentum < 1)) return 'Momentum β must be at least 0 and below 1.';
  if (!(settings.beta1 >= 0 && settings.beta1 < 1) || !(settings.beta2 >= 0 && settings.beta2 < 1)) return 'Adam’s β1 and β2 must be at least 0 and below 1.';
  if (!(settings.damping > 0) || !Number.isFinite(settings.damping)) return 'Newton’s damping must be a positive number.';
  return null;
}

export function validateModel(model: ModelSettings, classes: number): string | null {
  if (!(model.l2 >= 0) || !Number.isFinite(model.l2)) return 'The L2 strength must be a number ≥ 0.';
  if (!Number.isInteger(model.referenceClass) || model.referenceClass < 0 || model.referenceClass >= classes) {
    return `The reference class must be one of the classes 0 to ${classes - 1}.`;
  }
  return null;
}

export function validateTraining(training: TrainingSettings): string | null {
  if (!Number.isInteger(training.stepsPerFrame) || training.stepsPerFrame < 1 || training.stepsPerFrame > 10_000) {
    return 'Steps per frame must be a whole number from 1 to 10000.';
  }
  if (!(training.tolerance > 0) || !Number.isFinite(training.tolerance)) return 'The tolerance must be a positive number.';
  return null;
}
