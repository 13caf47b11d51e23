import { useId } from 'react';

export interface SelectOption<T extends string> {
  readonly value: T;
  readonly label: string;
}

interface SelectFieldProps<T extends string> {
  /** The accessible name, shown as the label. */
  label: string;
  value: T;
  options: readonly SelectOption<T>[];
  onChange(value: T): void;
  disabled?: boolean;
  hint?: string;
  /** Styles of the panel it sits in, besides the field's own. */
  className?: string;
}

/** A labelled select whose value is one of the given options' values. */
export function SelectField<T extends string>({ label, value, options, onChange, disabled, hint, className }: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className={className === undefined ? 'select-field' : `select-field ${className}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && (
        <small id={`${id}-hint`} className="field-hint">
          {hint}
        </small>
      )}
    </div>
  );
}
