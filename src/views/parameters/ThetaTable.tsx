// Its styles come with it: the slow-motion panel shows θ tables where the Parameters panel may not be loaded.
import './parameters.css';
import type { ReactNode } from 'react';
import { CLASS_NAMES, classColor } from '../common/palette';
import { formatNumber } from '../common/format';

interface ThetaTableProps {
  /** The accessible name of the table. */
  label: string;
  caption: ReactNode;
  /** K rows of (b, w1, w2). */
  rows: readonly (readonly number[])[];
  /** The row held at 0 by the parametrisation, shown as such; null when every row is free. */
  fixedRow: number | null;
  /** An extra row under the class rows, e.g. the class-mean m. */
  footer?: { readonly label: string; readonly values: readonly number[] };
  testId?: string;
}

const COLUMNS = ['b', 'w₁', 'w₂'] as const;

/** A K×3 table of per-class parameters, one row per class with its colour. */
export function ThetaTable({ label, caption, rows, fixedRow, footer, testId }: ThetaTableProps) {
  return (
    <table className="theta-table" aria-label={label} data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Class</th>
          {COLUMNS.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, k) => (
          <tr key={k} className={k === fixedRow ? 'theta-fixed-row' : undefined}>
            <th scope="row">
              <span className="class-swatch" style={{ background: classColor(k) }} aria-hidden="true" />
              {CLASS_NAMES[k]}
            </th>
            {row.map((value, i) => (
              <td key={i}>{k === fixedRow ? '0 (fixed)' : formatNumber(value)}</td>
            ))}
          </tr>
        ))}
      </tbody>
      {footer && (
        <tfoot>
          <tr>
            <th scope="row">{footer.label}</th>
            {footer.values.map((value, i) => (
              <td key={i}>{formatNumber(value)}</td>
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  );
}
