import { fieldProblem, type SettingField } from '../../store/schema/settingField';
import { NumberField } from '../common/NumberField';

interface SettingNumberFieldProps {
  /** The setting's declaration: its label, limits, slider and what a usable value is come from here. */
  field: SettingField;
  value: number;
  onChange(value: number): void;
  /** Whose setting this is, prefixed to the label ("Lane 2 learning rate"). */
  owner?: string;
  /** A lane card has no room for a slider. */
  compact?: boolean;
  hint?: string;
  disabled?: boolean;
}

/**
 * The number field of one setting, rendered from the field table: the label and limits are the table's, and a
 * typed value is refused with the table's own words when its schema refuses it.
 */
export function SettingNumberField({ field, value, onChange, owner, compact = false, hint, disabled }: SettingNumberFieldProps) {
  const { input } = field;
  if (input === undefined) throw new Error(`${field.label} has no number input in the field table`);
  return (
    <NumberField
      label={inputLabel(field, owner)}
      value={value}
      onChange={onChange}
      min={input.min}
      max={input.max}
      step={input.integer ? 1 : undefined}
      integer={input.integer}
      logSlider={compact ? undefined : input.logSlider}
      validate={(typed) => fieldProblem(field, typed)}
      hint={hint}
      disabled={disabled}
    />
  );
}

/** A field's label, on its own or after the name of what it belongs to ("Lane 2 learning rate"). */
export function inputLabel(field: Pick<SettingField, 'input' | 'label'>, owner?: string): string {
  const label = field.input?.label ?? field.label;
  if (owner === undefined) return label;
  return `${owner} ${field.input?.name ? label : label.charAt(0).toLowerCase() + label.slice(1)}`;
}
