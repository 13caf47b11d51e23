import type { Timing } from './timing';

/** One (N, K) row of the benchmark, times in nanoseconds per step. */
export interface BenchRow {
  readonly n: number;
  readonly classes: number;
  readonly gradientStep: Timing;
  readonly baselineStep: Timing;
  /** Median over alternating rounds of engine / baseline: both saw the same background load. */
  readonly ratio: number;
  readonly newtonStep: Timing;
}

const microseconds = (ns: number) => (ns / 1000).toFixed(ns < 10_000 ? 2 : 1);
const timing = ({ median, best }: Timing) => `${microseconds(median)} (${microseconds(best)})`;

/** Medians, with the fastest block in brackets. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['N', 'K', 'GD step µs', 'baseline µs', 'GD/baseline', 'Newton step µs'];
  const body = rows.map((row) => [
    String(row.n),
    String(row.classes),
    timing(row.gradientStep),
    timing(row.baselineStep),
    `${row.ratio.toFixed(2)}×`,
    timing(row.newtonStep),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padStart(widths[column])).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}
