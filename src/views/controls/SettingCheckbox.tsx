import type { CheckboxInput, SettingField } from '../../store/schema/settingField';
import { inputLabel } from './settingInputs';

interface SettingCheckboxProps {
  /** The setting's declaration: the label comes from here. */
  field: SettingField<boolean> & { readonly input: CheckboxInput };
  checked: boolean;
  onChange(checked: boolean): void;
  /** Whose setting this is ("Lane 2 penalize bias"). */
  owner?: string;
  className: string;
}

/** The checkbox of an on/off setting, labelled from the field table. */
export function SettingCheckbox({ field, checked, onChange, owner, className }: SettingCheckboxProps) {
  return (
    <label className={className}>
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {inputLabel(field, owner)}
    </label>
  );
}
