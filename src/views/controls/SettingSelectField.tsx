import type { SelectField as SelectSetting } from '../../store/schema/settingField';
import { SelectField } from './SelectField';
import { classOptions, inputLabel, selectProps, type ClassField, type InputPlace } from './settingInputs';

interface SettingSelectFieldProps<Value extends string> extends InputPlace {
  /** The setting's declaration: its label, options and their hints come from here. */
  field: SelectSetting<Value>;
  value: Value;
  onChange(value: Value): void;
  /** A hint that depends on the other settings, in place of the chosen option's. */
  hint?: string;
  disabled?: boolean;
  className?: string;
}

/** The select of one setting, rendered from the field table (the optimiser's options from its registry). */
export function SettingSelectField<Value extends string>({ field, value, onChange, owner, compact, hint, disabled, className }: SettingSelectFieldProps<Value>) {
  return <SelectField {...selectProps(field, value, { owner, compact }, hint)} value={value} onChange={onChange} disabled={disabled} className={className} />;
}

interface SettingClassSelectProps extends InputPlace {
  field: ClassField;
  value: number;
  /** K: the options are the classes 0 to K − 1. */
  classes: number;
  onChange(value: number): void;
  hint?: string;
  disabled?: boolean;
}

/** A class index chosen by the class's name (the reference class), from the field table's label. */
export function SettingClassSelect({ field, value, classes, onChange, owner, hint, disabled }: SettingClassSelectProps) {
  return (
    <SelectField
      label={inputLabel(field, owner)}
      value={String(value)}
      options={classOptions(classes)}
      onChange={(chosen) => onChange(Number(chosen))}
      hint={hint}
      disabled={disabled}
    />
  );
}
