import { checkCoordinates } from '../../model/coordinateLimits';
import { CsvError, parsePointsCsv } from '../../model/csv';
import type { Point } from '../../model/dataset';
import { formatCount } from '../../model/numberFormat';
import { MAX_POINTS } from '../../store/schema/limits';

/** The largest CSV file the app reads: 10,000 points take about 300 KB, so this leaves room for long decimals. */
export const LARGEST_IMPORT_BYTES = 5_000_000;

export interface ImportedPoints {
  readonly points: Point[];
  readonly classes: number;
}

/** Refuses a file too large to read before a byte of it is read; the message names the file. */
export function checkImportSize(bytes: number, source: string): void {
  if (bytes > LARGEST_IMPORT_BYTES) {
    throw new CsvError(source, null, null, `the file is ${formatCount(bytes)} bytes, larger than ${formatCount(LARGEST_IMPORT_BYTES / 1_000_000)} MB, the most the lab reads`);
  }
}

/**
 * The points of an imported `x1,x2,label` CSV, read as the CLI reads it (same parser, same coordinate bound),
 * and no more than the lab can hold. Throws a CsvError naming the file, and the line and field when there is one.
 */
export function readPointsCsv(text: string, source: string): ImportedPoints {
  const { points, classes, lines } = parsePointsCsv(text, source);
  checkCoordinates(points, lines, source);
  if (points.length > MAX_POINTS) {
    throw new CsvError(source, lines[MAX_POINTS], null, `the file has ${formatCount(points.length)} points; at most ${formatCount(MAX_POINTS)} can be used`);
  }
  return { points, classes };
}
