import {
  fieldProblem,
  type ClassInput,
  type NumberField,
  type NumberInput,
  type PartsInput,
  type SelectField,
  type SettingField,
} from '../../store/schema/settingField';
import { classLabel } from '../common/palette';
import type { SelectOption } from './SelectField';

/**
 * What each kind of setting input shows, derived from the field table: pure, so the rules (owner in the label, no
 * slider or hint on a compact card) are tested once here rather than in every field.
 */

/** Where a field is shown: whose setting it is ("Lane 2") and whether there is room for a slider and a hint. */
export interface InputPlace {
  /** Whose setting this is, prefixed to the label ("Lane 2 learning rate"). */
  readonly owner?: string;
  /** A lane card or an embed: no slider, and no hint from the table. */
  readonly compact?: boolean;
}

/** A field's label, on its own or after the name of what it belongs to ("Lane 2 learning rate"). */
export function inputLabel(field: Pick<SettingField, 'input' | 'label'>, owner?: string): string {
  const label = field.input?.label ?? field.label;
  if (owner === undefined) return label;
  return `${owner} ${field.input?.name ? label : label.charAt(0).toLowerCase() + label.slice(1)}`;
}

/** The table's hint where there is room for it, unless the view has one that depends on the settings. */
function hintFor(input: { readonly hint?: string }, { compact = false }: InputPlace, viewHint: string | undefined): string | undefined {
  return viewHint ?? (compact ? undefined : input.hint);
}

export interface NumberFieldProps {
  readonly label: string;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly integer?: boolean;
  readonly logSlider?: NumberInput['logSlider'];
  readonly linearSlider?: boolean;
  readonly hint?: string;
  /** The schema's own words for a value it refuses. */
  validate(value: number): string | null;
}

/** A number field's label, limits, slider, hint and rule, all from the table. */
export function numberFieldProps(field: NumberField, place: InputPlace = {}, viewHint?: string): NumberFieldProps {
  const { input } = field;
  const compact = place.compact ?? false;
  return {
    label: inputLabel(field, place.owner),
    min: input.min,
    max: input.max,
    step: input.step ?? (input.integer ? 1 : undefined),
    integer: input.integer,
    logSlider: compact ? undefined : input.logSlider,
    linearSlider: !compact && input.linearSlider === true,
    hint: hintFor(input, place, viewHint),
    validate: (value) => fieldProblem(field, value),
  };
}

export interface SelectProps<Value extends string> {
  readonly label: string;
  readonly options: readonly SelectOption<Value>[];
  /** What the chosen option does ("Adds μ to every eigenvalue"), or the view's or the table's hint. */
  readonly hint?: string;
}

/** A select's label and options in the table's order, with the chosen option's hint where there is room. */
export function selectProps<Value extends string>(field: SelectField<Value>, value: Value, place: InputPlace = {}, viewHint?: string): SelectProps<Value> {
  const entries = Object.entries(field.input.options) as [Value, string | { label: string; hint: string }][];
  const options = entries.map(([option, words]) => ({ value: option, label: typeof words === 'string' ? words : words.label }));
  const chosen = field.input.options[value];
  const optionHint = typeof chosen === 'object' && !place.compact ? chosen.hint : undefined;
  return { label: inputLabel(field, place.owner), options, hint: viewHint ?? optionHint ?? hintFor(field.input, place, undefined) };
}

/** The K classes as a select's options, by the names the plots use ("Class 1"); values are the class indices. */
export function classOptions(classes: number): readonly SelectOption<string>[] {
  return Array.from({ length: classes }, (_, k) => ({ value: String(k), label: classLabel(k) }));
}

/** The label of each part of a tuple setting: "Offset c_b", "Offset c_w1", "Offset c_w2". */
export function partLabels(field: SettingField & { readonly input: PartsInput }, owner?: string): readonly string[] {
  const label = inputLabel(field, owner);
  return field.input.parts.map((part) => `${label} ${part}`);
}

export type ClassField = SettingField<number> & { readonly input: ClassInput };

/** Whether a field of the table is edited in a number field (its input says so, and numbers are what its schema takes). */
export function isNumberField(field: SettingField): field is NumberField {
  return field.input?.kind === 'number';
}

export function isSelectField(field: SettingField): field is SelectField {
  return field.input?.kind === 'select';
}
