import { useId } from 'react';
import type { Parametrization } from '../../model/parameters';
import type { SliceAxes } from '../../store/settings';
import { eigenvectorLabel, parameterDescription } from './sliceLabels';

const KIND_OPTIONS: { value: SliceAxes['kind']; label: string }[] = [
  { value: 'redundant-vs-curved', label: 'Redundant vs most curved (default)' },
  { value: 'parameters', label: 'Two parameters…' },
  { value: 'eigenvectors', label: 'Two Hessian eigenvectors…' },
];

/** Where each kind starts: b₀ against b₁ shows how two biases trade off; the two most curved eigenvectors. */
function defaultAxes(kind: SliceAxes['kind']): SliceAxes {
  if (kind === 'parameters') return { kind, first: 0, second: 3 };
  if (kind === 'eigenvectors') return { kind, first: 0, second: 1 };
  return { kind };
}

function Select({ label, value, options, onChange }: { label: string; value: string; options: { value: string; label: string }[]; onChange(value: string): void }) {
  const id = useId();
  return (
    <div className="slice-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface SliceAxesControlsProps {
  axes: SliceAxes;
  onChange(axes: SliceAxes): void;
  classes: number;
  parametrization: Parametrization;
  /** Hessian eigenvalues at θ, largest first. */
  eigenvalues: Float64Array;
  /** The indices the slice really uses (requests that do not fit K are adjusted); null until known. */
  resolved: { first: number; second: number } | null;
}

/** Chooses the plane of the slice; picking the same axis twice swaps the two. */
export function SliceAxesControls({ axes, onChange, classes, parametrization, eigenvalues, resolved }: SliceAxesControlsProps) {
  const dimension = parametrization.kind === 'full' ? 3 * classes : 3 * (classes - 1);
  const current = resolved ?? (axes.kind === 'redundant-vs-curved' ? { first: 0, second: 1 } : axes);
  const pick = (which: 'first' | 'second', value: number) => {
    if (axes.kind === 'redundant-vs-curved') return;
    const other = which === 'first' ? 'second' : 'first';
    onChange({ ...axes, ...current, [which]: value, ...(value === current[other] ? { [other]: current[which] } : {}) });
  };
  const indexOptions = (label: (i: number) => string) => Array.from({ length: dimension }, (_, i) => ({ value: String(i), label: label(i) }));
  const pair = (names: [string, string], options: { value: string; label: string }[]) =>
    (
      <>
        <Select label={names[0]} value={String(current.first)} options={options} onChange={(v) => pick('first', Number(v))} />
        <Select label={names[1]} value={String(current.second)} options={options} onChange={(v) => pick('second', Number(v))} />
      </>
    );

  return (
    <div className="slice-controls">
      <Select label="Slice axes" value={axes.kind} options={KIND_OPTIONS} onChange={(kind) => {
          const chosen = KIND_OPTIONS.find((option) => option.value === kind);
          if (chosen) onChange(defaultAxes(chosen.value));
        }} />
      {axes.kind === 'parameters' && pair(['First parameter', 'Second parameter'], indexOptions((i) => parameterDescription(i, classes, parametrization)))}
      {axes.kind === 'eigenvectors' &&
        pair(
          ['First eigenvector', 'Second eigenvector'],
          indexOptions((i) => (i < eigenvalues.length ? eigenvectorLabel(i, eigenvalues[i], eigenvalues[0]) : `eigenvector ${i + 1}`)),
        )}
    </div>
  );
}
