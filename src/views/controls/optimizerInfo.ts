import { OPTIMIZERS, type EditableHyperParameter, type NewtonSingularTreatment, type OptimizerSettings } from '../../model/optimizers';

/**
 * Which settings the chosen optimiser actually reads (its registry entry says), so the panel shows only those.
 * Newton and L-BFGS choose their own step size by line search, so the learning rate means nothing to them.
 */
export function relevantOptimizerSettings(settings: OptimizerSettings): ReadonlySet<EditableHyperParameter> {
  return new Set(OPTIMIZERS[settings.kind].settingsUsed(settings));
}

/** The Singular Hessian select's options, with what each does to the Newton step. */
export const TREATMENT_OPTIONS: readonly { readonly value: NewtonSingularTreatment; readonly label: string; readonly hint: string }[] = [
  { value: 'pseudoinverse', label: 'Pseudo-inverse', hint: 'No step along zero-curvature directions' },
  { value: 'damping', label: 'Damping', hint: 'Adds μ to every eigenvalue' },
];

