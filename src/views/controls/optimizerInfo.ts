import { OPTIMIZERS, type EditableHyperParameter, type OptimizerSettings } from '../../model/optimizers';

/**
 * Which settings the chosen optimiser actually reads (its registry entry says), so the panel shows only those.
 * Newton and L-BFGS choose their own step size by line search, so the learning rate means nothing to them.
 */
export function relevantOptimizerSettings(settings: OptimizerSettings): ReadonlySet<EditableHyperParameter> {
  return new Set(OPTIMIZERS[settings.kind].settingsUsed(settings));
}
