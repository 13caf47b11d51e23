import type { NumberField as NumberSetting } from '../../store/schema/settingField';
import { NumberField } from '../common/NumberField';
import { numberFieldProps, type InputPlace } from './settingInputs';

interface SettingNumberFieldProps extends InputPlace {
  /** The setting's declaration: its label, limits, slider, hint and what a usable value is come from here. */
  field: NumberSetting;
  value: number;
  onChange(value: number): void;
  /** A hint that depends on the other settings, in place of the table's. */
  hint?: string;
  disabled?: boolean;
}

/**
 * The number field of one setting, rendered from the field table: the label and limits are the table's, and a
 * typed value is refused with the table's own words when its schema refuses it.
 */
export function SettingNumberField({ field, value, onChange, owner, compact, hint, disabled }: SettingNumberFieldProps) {
  return <NumberField {...numberFieldProps(field, { owner, compact }, hint)} value={value} onChange={onChange} disabled={disabled} />;
}
