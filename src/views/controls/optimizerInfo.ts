import { OPTIMIZERS, type EditableHyperParameter, type NewtonSingularTreatment, type OptimizerSettings } from '../../model/optimizers';

/**
 * Which settings the chosen optimiser actually reads (its registry entry says), so the panel shows only those.
 * Newton and L-BFGS choose their own step size by line search, so the learning rate means nothing to them.
 */
export function relevantOptimizerSettings(settings: OptimizerSettings): ReadonlySet<EditableHyperParameter> {
  return new Set(OPTIMIZERS[settings.kind].settingsUsed(settings));
}

export const TREATMENT_OPTIONS: readonly { readonly value: NewtonSingularTreatment; readonly label: string; readonly hint: string }[] = [
  { value: 'pseudoinverse', label: 'Pseudo-inverse', hint: 'No step along zero-curvature directions' },
  { value: 'damping', label: 'Damping', hint: 'Adds μ to every eigenvalue' },
];

const positive = (value: number) => (value > 0 ? null : 'Must be greater than 0');
const belowOne = (value: number) => (value < 1 ? null : 'Must be below 1');

/** How a numeric optimiser setting is edited: the same field in the lab and in every race lane. */
export interface NumericSettingField {
  /** The label on its own; after a lane's name its first letter is lowered unless `name` says it is a name. */
  readonly label: string;
  readonly name?: true;
  readonly min?: number;
  readonly integer?: true;
  readonly validate?: (value: number) => string | null;
  /** The range of the log slider where there is room for one (the lab's panel, not a lane card). */
  readonly logSlider?: { readonly minExponent: number; readonly maxExponent: number };
}

/** One entry per numeric setting an optimiser may read (see relevantOptimizerSettings for which read which). */
export const NUMERIC_SETTING_FIELDS: Readonly<Record<Exclude<EditableHyperParameter, 'newtonTreatment'>, NumericSettingField>> = {
  learningRate: { label: 'Learning rate', validate: positive, logSlider: { minExponent: -4, maxExponent: 1 } },
  batchSize: { label: 'Batch size', min: 0, integer: true },
  momentum: { label: 'Momentum β', min: 0, validate: belowOne },
  beta1: { label: 'Adam β1', name: true, min: 0, validate: belowOne },
  beta2: { label: 'Adam β2', name: true, min: 0, validate: belowOne },
  damping: { label: 'Damping μ', validate: positive, logSlider: { minExponent: -6, maxExponent: 1 } },
};

export const TREATMENT_LABEL = 'Singular Hessian';

/** A field's label, on its own or after the name of what it belongs to ("Lane 2 learning rate"). */
export function settingLabel(field: Pick<NumericSettingField, 'label' | 'name'>, owner?: string): string {
  if (owner === undefined) return field.label;
  return `${owner} ${field.name ? field.label : field.label.charAt(0).toLowerCase() + field.label.slice(1)}`;
}
