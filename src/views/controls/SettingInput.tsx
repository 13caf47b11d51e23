import type { CheckboxInput, SettingField } from '../../store/schema/settingField';
import { SettingCheckbox } from './SettingCheckbox';
import { isNumberField, isSelectField, type InputPlace } from './settingInputs';
import { SettingNumberField } from './SettingNumberField';
import { SettingSelectField } from './SettingSelectField';

interface SettingInputProps extends InputPlace {
  field: SettingField;
  value: unknown;
  onChange(value: unknown): void;
  /** A hint that depends on the other settings, in place of the table's. */
  hint?: string;
}

/**
 * Any setting's input, of the kind its table entry declares: a panel that lists a group's fields renders each with
 * this, so a setting added to the table appears there with no change to the panel.
 */
export function SettingInput({ field, value, onChange, owner, compact, hint }: SettingInputProps) {
  if (isNumberField(field)) return <SettingNumberField field={field} value={value as number} onChange={onChange} owner={owner} compact={compact} hint={hint} />;
  if (isSelectField(field)) return <SettingSelectField field={field} value={value as string} onChange={onChange} owner={owner} compact={compact} hint={hint} />;
  if (field.input?.kind === 'checkbox') {
    const checkbox = field as SettingField<boolean> & { readonly input: CheckboxInput };
    return <SettingCheckbox field={checkbox} checked={value as boolean} onChange={onChange} owner={owner} className="controls-checkbox" />;
  }
  // A class index needs K and a tuple a layout of its own: their panels render SettingClassSelect and the parts' fields.
  throw new Error(`${field.label}: no input a group's list can render (its table entry has ${field.input?.kind ?? 'none'})`);
}
