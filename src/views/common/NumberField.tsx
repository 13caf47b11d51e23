import { useId, useState } from 'react';
import { readDecimal } from '../../model/plainText';
import { formatEditable } from './format';
import { Glossed } from '../glossary/Term';

interface NumberFieldProps {
  /** The accessible name, shown as the label. */
  label: string;
  value: number;
  onChange(value: number): void;
  min?: number;
  max?: number;
  step?: number | 'any';
  /** Adds a slider on a log10 scale between these exponents; the value 0 sits at the left end when allowZero. */
  logSlider?: { minExponent: number; maxExponent: number; allowZero?: boolean };
  /** Adds a linear slider. */
  linearSlider?: boolean;
  integer?: boolean;
  disabled?: boolean;
  hint?: string;
  /** A rule the bounds cannot express (e.g. strictly positive): returns the error to show, or null when the value is fine. */
  validate?(value: number): string | null;
}

/**
 * A number typed exactly (the field carries the accessible name), with an optional slider beside it.
 * What is typed is committed on Enter or blur, and only if it parses; otherwise the field shows the error and
 * the setting keeps its value.
 */
export function NumberField({ label, value, onChange, min, max, step = 'any', logSlider, linearSlider, integer, disabled, hint, validate }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(formatEditable(value));
  const [error, setError] = useState<string | null>(null);
  // A new value from outside replaces what was typed (adjusted while rendering, not in an effect: no extra pass).
  const [shownValue, setShownValue] = useState(value);
  if (!Object.is(value, shownValue)) {
    setShownValue(value);
    setText(formatEditable(value));
    setError(null);
  }

  const commit = (raw: string) => {
    // The one number grammar of links, files and the CLI: '0x10', 'Infinity' and '' are not numbers here either.
    const parsed = readDecimal(raw.trim());
    if (parsed === undefined || !Number.isFinite(parsed)) return setError('Enter a number');
    if (integer && !Number.isInteger(parsed)) return setError('Enter a whole number');
    if (min !== undefined && parsed < min) return setError(`At least ${min}`);
    if (max !== undefined && parsed > max) return setError(`At most ${max}`);
    const problem = validate?.(parsed) ?? null;
    if (problem !== null) return setError(problem);
    setError(null);
    if (parsed !== value) onChange(parsed);
  };

  const sliderMin = logSlider ? logSlider.minExponent - (logSlider.allowZero ? 0.5 : 0) : min;
  const sliderValue = logSlider ? (value > 0 ? Math.log10(value) : (sliderMin ?? 0)) : value;
  const fromSlider = (position: number) => {
    if (!logSlider) return onChange(position);
    if (logSlider.allowZero && position < logSlider.minExponent) return onChange(0);
    const rounded = Number((10 ** position).toPrecision(3));
    // An integer setting on a log slider (e.g. steps per frame) must still receive whole numbers.
    onChange(integer ? Math.max(Math.round(rounded), min ?? 1) : rounded);
  };

  return (
    <div className="number-field">
      <label htmlFor={id}>{label}</label>
      <div className="number-field-inputs">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          value={text}
          min={min}
          max={max}
          step={step}
          disabled={disabled}
          aria-invalid={error !== null}
          aria-describedby={error || hint ? `${id}-note` : undefined}
          onChange={(event) => setText(event.target.value)}
          onBlur={(event) => commit(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit((event.target as HTMLInputElement).value);
          }}
        />
        {(logSlider || linearSlider) && (
          <input
            type="range"
            aria-label={`${label} slider${logSlider ? ' (log scale)' : ''}`}
            min={sliderMin}
            max={logSlider ? logSlider.maxExponent : max}
            step={logSlider ? 0.05 : step === 'any' ? undefined : step}
            value={sliderValue}
            disabled={disabled}
            onChange={(event) => fromSlider(Number(event.target.value))}
          />
        )}
      </div>
      {(error || hint) && (
        <small id={`${id}-note`} className={error ? 'field-error' : 'field-hint'}>
          {error ?? <Glossed text={hint ?? ''} />}
        </small>
      )}
    </div>
  );
}
