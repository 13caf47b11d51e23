import { checkCoordinates } from '../../model/coordinateLimits';
import { CsvError, parsePointsCsv } from '../../model/csv';
import type { Point } from '../../model/dataset';
import { formatCount } from '../../model/numberFormat';
import type { AppStore } from '../../store/createAppStore';
import { MAX_POINTS } from '../../store/schema/limits';
import { KEPT, type ImportNotice } from './usePointsImport';

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

/**
 * Reads a dropped or chosen CSV file and, when it is good, replaces the points through the store's one validated
 * change; a refused file leaves the points as they were and the notice says which file, line and why.
 */
export async function importPointsFile(file: File, store: AppStore): Promise<ImportNotice> {
  try {
    checkImportSize(file.size, file.name);
    const { points, classes } = readPointsCsv(await file.text(), file.name);
    store.getState().loadPoints(points, classes);
    const state = store.getState();
    // A refusal is the sentence validation composed (a string), never a report of the run.
    const refusal = typeof state.message === 'string' ? state.message : 'the lab refused its points';
    if (state.points !== points) return { kind: 'error', text: `${file.name} was not loaded: ${refusal} ${KEPT}` };
    const count = `${formatCount(points.length)} ${points.length === 1 ? 'point' : 'points'}`;
    return { kind: 'done', text: `Loaded ${count} in ${classes} classes from ${file.name}.` };
  } catch (error) {
    // A CsvError names file, line and field; anything else (an unreadable file) is named here.
    const reason = error instanceof CsvError ? error.message : `${file.name}: the file could not be read (${(error as Error).message})`;
    return { kind: 'error', text: `Not imported: ${reason}. ${KEPT}` };
  }
}
