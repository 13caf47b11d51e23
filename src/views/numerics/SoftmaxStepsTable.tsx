import type { SoftmaxSteps } from '../../model/softmaxSteps';
import { formatNumber } from '../common/format';
import { CLASS_NAMES } from '../common/palette';
import { ClassMarker } from '../decisionRegions/ClassMarker';
import { softmaxRowNames } from './softmaxRowNames';

interface StepRow {
  /** The row header, also the row's name for screen readers and tests. */
  readonly name: string;
  readonly values: readonly number[];
  /** Whether the Σ column adds this row up (the normaliser, or a check that P sums to one). */
  readonly summed: boolean;
  readonly kind: 'step' | 'stable' | 'naive';
}

/**
 * NaN reads "NaN" here, not formatNumber's "—": this table exists to show where the naive formula produces NaN,
 * and a dash would read as "not applicable".
 */
const cell = (value: number, digits: number) => (Number.isNaN(value) ? 'NaN' : formatNumber(value, digits));

/**
 * Softmax at one point, one column per class: the logits less m·x̃ (times the demonstration scale), the stable
 * route, and (when asked) the naive one.
 */
export function SoftmaxStepsTable({ steps, scale, showNaive }: { steps: SoftmaxSteps; scale: number; showNaive: boolean }) {
  const names = softmaxRowNames(scale);
  const rows: StepRow[] = [
    { name: names.start, values: steps.logits, summed: false, kind: 'step' },
    { name: names.shifted, values: steps.shifted, summed: false, kind: 'step' },
    { name: names.shiftedExps, values: steps.shiftedExps, summed: true, kind: 'step' },
    { name: names.stable, values: steps.stable, summed: true, kind: 'stable' },
  ];
  if (showNaive) {
    rows.push({ name: names.naiveExps, values: steps.naiveExps, summed: true, kind: 'naive' }, { name: names.naive, values: steps.naive, summed: true, kind: 'naive' });
  }
  return (
    <table className="numerics-table" aria-label="Softmax at this point">
      <thead>
        <tr>
          <th scope="col">
            <span className="sr-only">Quantity</span>
          </th>
          {steps.logits.map((_, k) => (
            <th key={k} scope="col">
              <span className="numerics-class">
                <ClassMarker k={k} size={12} />
                {`k = ${k}`}
                <span className="sr-only">{` (${CLASS_NAMES[k]})`}</span>
              </span>
            </th>
          ))}
          <th scope="col">Σ</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ name, values, summed, kind }) => (
          <tr key={name} className={`numerics-row-${kind}`}>
            <th scope="row">{name}</th>
            {values.map((value, k) => (
              <td key={k} data-value={String(value)}>
                {cell(value, 3)}
              </td>
            ))}
            <td data-value={summed ? String(sum(values)) : undefined}>{summed ? cell(sum(values), 3) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
