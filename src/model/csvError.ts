import type { CsvField } from './csv';

/**
 * A CSV file the app cannot load; the message is one line naming the file, and the line and field when there is one.
 * Its own module: the coordinate bound (coordinateLimits.ts) throws it and is read at start, while the CSV reader
 * itself loads only when a file is imported.
 */
export class CsvError extends Error {
  constructor(
    readonly source: string,
    /** 1-based line number in the file, or null when the problem is the file as a whole. */
    readonly line: number | null,
    readonly field: CsvField | null,
    problem: string,
  ) {
    const where = line === null ? source : `${source}:${line}`;
    super(field === null ? `${where}: ${problem}` : `${where}: field "${field}": ${problem}`);
    this.name = 'CsvError';
  }
}
