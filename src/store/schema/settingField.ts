import * as v from 'valibot';
import { readDecimal } from '../../model/plainText';
import { base64urlToBytes, bytesToBase64url } from './base64url';

/**
 * One setting, declared once: where it lives in the settings, what a usable value is, and how it is written as
 * text. One table of these drives validation (store creation and every action), the URL, stored sessions, the
 * embed's `set` command and the embed documentation, as TensorFlow Playground's property table drives its URL —
 * but every value is checked.
 */
export interface SettingField<Value = unknown, Path extends FieldPath = FieldPath> {
  /** The URL parameter; short, stable across versions (links outlive code). Also the embed's control name. */
  readonly key: string;
  /** Where the value sits: a top-level setting, or a field of a settings group. */
  readonly path: Path;
  /** The subject of a sentence about a bad value: "The learning rate". */
  readonly label: string;
  /** What a usable value is, ending that sentence: "a positive number". Also shown in the embed documentation. */
  readonly expected: string;
  readonly schema: v.GenericSchema<Value>;
  readonly codec: TextCodec<Value>;
  /** What a new lab starts with: the one declaration of the default (DEFAULT_SETTINGS is built from these). */
  readonly default?: NoInfer<Value>;
  /** How the lab's form edits it: a number field, a select, a checkbox or a row of numbers, with its label and limits. */
  readonly input?: SettingInput;
  /** When the setting means anything (momentum β only for momentum): the controls show it only then. */
  readonly relevant?: (settings: SettingsShape) => boolean;
  /** The option of `npm run fit` that sets it, without the dashes; absent where the command has no use for it. */
  readonly cli?: string;
}

export type FieldPath = readonly [string] | readonly [string, string];

/** The settings a relevance rule reads: groups of plain values (LabSettings fits this shape). */
export type SettingsShape = { readonly [group: string]: unknown };

/**
 * The input that edits a value of this type: numbers get a number field (or a select of the K classes), a choice
 * of words a select with a label for each, a switch a checkbox, three numbers a row of number fields. Mapped from
 * the value type, so a select has to name every option its schema accepts. A field of unknown value type (a list
 * of the table's fields) may hold any of them.
 */
export type InputFor<Value> = unknown extends Value
  ? SettingInput
  : [Value] extends [number]
    ? NumberInput | ClassInput
    : [Value] extends [boolean]
      ? CheckboxInput
      : [Value] extends [string]
        ? SelectInput<Value>
        : [Value] extends [readonly number[]]
          ? PartsInput
          : never;

export type SettingInput = NumberInput | ClassInput | SelectInput<string> | CheckboxInput | PartsInput;

/** What every input has: its label, and a hint under it that holds whatever the settings (a view adds its own where it depends on them). */
interface InputLabel {
  /** The field's label ("Learning rate"); the subject of sentences (`label`) begins with "The" where English needs one. */
  readonly label: string;
  /** A name keeps its capital after a lane's name ("Lane 1 Adam β1"). */
  readonly name?: true;
  /** A note under the field, shown where there is room (not on a lane card or in an embed). */
  readonly hint?: string;
}

/** Input hints: everything a number field needs besides the schema, which is what decides whether a value is usable. */
export interface NumberInput extends InputLabel {
  readonly kind: 'number';
  readonly min?: number;
  readonly max?: number;
  /** The arrows' step where it is not 1 for whole numbers and free for others. */
  readonly step?: number;
  readonly integer?: true;
  /** The range of the log slider where there is room for one (the lab's panel, not a lane card). */
  readonly logSlider?: { readonly minExponent: number; readonly maxExponent: number; readonly allowZero?: true };
  /** A linear slider from min to max where there is room for one. */
  readonly linearSlider?: true;
}

/** A class index, chosen from the K classes by name ("Class 3"). */
export interface ClassInput extends InputLabel {
  readonly kind: 'class';
}

/** A select: every option's words, and what each does where that needs saying, in the order listed. */
export interface SelectInput<Value extends string> extends InputLabel {
  readonly kind: 'select';
  readonly options: { readonly [Option in Value]: string | { readonly label: string; readonly hint: string } };
}

export interface CheckboxInput extends InputLabel {
  readonly kind: 'checkbox';
}

/** A tuple of numbers, one field each, labelled "Offset c_b", "Offset c_w1", …. */
export interface PartsInput extends InputLabel {
  readonly kind: 'parts';
  readonly parts: readonly string[];
}

/**
 * A field of the table. Each entry is checked for a schema, a codec, a default and an input of the same value type,
 * and keeps its path as a literal, so that the setting types can be read off the table (see labFields.ts).
 */
export function field<Value, const Path extends FieldPath, const Input extends InputFor<Value> | undefined = undefined>(
  entry: SettingField<Value, Path> & { readonly input?: Input },
): DeclaredField<Value, Path, Input> {
  return entry as DeclaredField<Value, Path, Input>;
}

/** A table entry as declared: its input is exactly the one written there (a select's options by their values). */
export type DeclaredField<Value, Path extends FieldPath, Input> = Omit<SettingField<Value, Path>, 'input'> & { readonly input: Input };

/** A setting edited in a number field (its table entry declares a number input). */
export type NumberField = SettingField<number> & { readonly input: NumberInput };
/** A setting edited in a select of named options. */
export type SelectField<Value extends string = string> = SettingField<Value> & { readonly input: SelectInput<Value> };

/** The table's fields as one list; they hold values of many types, read through `unknown`, which this one cast forgets. */
export function fieldList(fields: readonly SettingField<never, FieldPath>[]): readonly SettingField[] {
  return fields as unknown as readonly SettingField[];
}

/** "Must be a positive number": a bad value in a number field, from the same words as every other message. */
export function fieldProblem<Value>(entry: SettingField<Value, FieldPath>, value: unknown): string | null {
  return accepts(entry as SettingField, value) ? null : `Must be ${entry.expected}`;
}

/** A value as URL text and back; `read` gives undefined for text that is not of the right form. */
export interface TextCodec<Value> {
  read(text: string): Value | undefined;
  write(value: Value): string;
}

/** "The learning rate must be a positive number." */
export function sentenceFor(field: SettingField): string {
  return `${field.label} must be ${field.expected}.`;
}

export function accepts<Value>(field: SettingField<Value>, value: unknown): value is Value {
  return v.is(field.schema, value);
}

/** The value at a field's path, or undefined where the object has none (a partial patch, a bad import). */
export function valueAt(settings: unknown, path: SettingField['path']): unknown {
  let value: unknown = settings;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A copy of `settings` with `value` at the field's path (groups are copied, never mutated). */
export function withValueAt<S extends object>(settings: S, path: SettingField['path'], value: unknown): S {
  const [first, second] = path;
  if (second === undefined) return { ...settings, [first]: value };
  const group = (settings as Record<string, object>)[first];
  return { ...settings, [first]: { ...group, [second]: value } };
}

// Codecs. Numbers are read by the one number grammar (model/plainText.ts: plain decimal or scientific notation).

export const numberText: TextCodec<number> = {
  read: readDecimal,
  // JavaScript's shortest round-trip form, so the value reads back exactly (−0 too, which String() writes as 0).
  write: (value) => (Object.is(value, -0) ? '-0' : String(value)),
};

export const booleanText: TextCodec<boolean> = {
  read: (text) => (text === '1' || text === 'true' ? true : text === '0' || text === 'false' ? false : undefined),
  write: (value) => (value ? '1' : '0'),
};

export const wordText: TextCodec<string> = {
  read: (text) => text,
  write: (value) => value,
};

/** Three numbers, comma-separated: an offset (c_b, c_w1, c_w2). */
export const tripleText: TextCodec<readonly [number, number, number]> = {
  read(text) {
    const parts = text.split(',').map((part) => numberText.read(part));
    return parts.length === 3 && parts.every((part) => part !== undefined) ? (parts as [number, number, number]) : undefined;
  },
  write: (value) => value.map(numberText.write).join(','),
};

// Schemas with the rules the app states in its sentences.
export const finiteNumber = v.pipe(v.number(), v.finite());
export const positiveNumber = v.pipe(v.number(), v.finite(), v.gtValue(0));
export const nonNegativeNumber = v.pipe(v.number(), v.finite(), v.minValue(0));
/** [0, 1): momentum and Adam's β. */
export const unitFraction = v.pipe(v.number(), v.minValue(0), v.ltValue(1));

export function numberFrom(low: number, high: number) {
  return v.pipe(v.number(), v.finite(), v.minValue(low), v.maxValue(high));
}

export function wholeNumberFrom(low: number, high: number) {
  return v.pipe(v.number(), v.integer(), v.minValue(low), v.maxValue(high));
}

// Parts of a field declaration that come together: the schema, the codec and the words for what is expected.

export const wholeNumber = (low: number, high: number) => ({ schema: wholeNumberFrom(low, high), codec: numberText });

export const choice = <const Options extends readonly string[]>(options: Options) => ({
  schema: v.picklist(options),
  codec: wordText as TextCodec<Options[number]>,
  expected: `one of ${options.join(', ')}`,
});

/** A select's options, each value's words read from where the value is declared (the optimiser registry, the presets). */
export function optionsFrom<const Value extends string>(values: readonly Value[], label: (value: Value) => string): { readonly [Option in Value]: string } {
  return Object.fromEntries(values.map((value) => [value, label(value)])) as { readonly [Option in Value]: string };
}

export const toggle = { schema: v.boolean(), codec: booleanText, expected: 'on (1) or off (0)' };

/**
 * Any JSON value as base64url text (URL-safe, no padding): for structured settings such as a race's lanes, which
 * the schema then checks. UTF-8 first, so lane names in any script survive.
 */
export const jsonText: TextCodec<unknown> = {
  read(text) {
    const bytes = base64urlToBytes(text);
    if (bytes === null) return undefined;
    try {
      return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      return undefined;
    }
  },
  write: (value) => bytesToBase64url(new TextEncoder().encode(JSON.stringify(value))),
};
