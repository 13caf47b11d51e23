import { CsvError } from './csvError';
import { MAX_CLASSES, MIN_CLASSES, type Point } from './dataset';
import { quoteJson, readDecimal } from './plainText';

export { CsvError };

const FIELDS = ['x1', 'x2', 'label'] as const;
export type CsvField = (typeof FIELDS)[number];
const HEADER = FIELDS.join(',');

const NON_NEGATIVE_INTEGER = /^\d+$/;

/**
 * Reads `x1,x2,label` CSV, the format pointsToCsv writes. Lines may carry surrounding whitespace and CRLF endings,
 * and blank lines are skipped; anything else unexpected throws a CsvError. K is taken to be the largest label + 1.
 * `lines[n]` is the 1-based line of points[n], for later checks that name a line.
 */
export function parsePointsCsv(text: string, source: string): { points: Point[]; classes: number; lines: number[] } {
  const lines = text.split(/\r?\n/).map((line, index) => ({ number: index + 1, text: line.trim() }));
  const content = lines.filter((line) => line.text !== '');
  const header = content.shift();
  if (header === undefined) throw new CsvError(source, null, null, `the file is empty; expected the header "${HEADER}"`);
  const headerFields = header.text.split(',').map((field) => field.trim());
  if (headerFields.join(',') !== HEADER) {
    throw new CsvError(source, header.number, null, `expected the header "${HEADER}", found ${quoteJson(header.text)}`);
  }
  const points = content.map((line) => parseRow(line.text, line.number, source));
  if (points.length === 0) throw new CsvError(source, null, null, 'no data rows after the header');
  const labels = new Set(points.map((point) => point.label));
  if (labels.size < MIN_CLASSES) {
    throw new CsvError(
      source,
      null,
      null,
      `every point has label ${points[0].label}; at least ${MIN_CLASSES} different labels are needed`,
    );
  }
  return { points, classes: Math.max(...labels) + 1, lines: content.map((line) => line.number) };
}

function parseRow(text: string, line: number, source: string): Point {
  const fields = text.split(',').map((field) => field.trim());
  if (fields.length !== FIELDS.length) {
    throw new CsvError(source, line, null, `expected ${FIELDS.length} fields (${HEADER}), found ${fields.length}`);
  }
  const [x1, x2, label] = fields;
  return {
    x1: parseCoordinate(x1, 'x1', line, source),
    x2: parseCoordinate(x2, 'x2', line, source),
    label: parseLabel(label, line, source),
  };
}

function parseCoordinate(text: string, field: CsvField, line: number, source: string): number {
  const value = readDecimal(text);
  if (value === undefined) throw new CsvError(source, line, field, `${quoteJson(text)} is not a number`);
  if (!Number.isFinite(value)) throw new CsvError(source, line, field, `${quoteJson(text)} is not a finite number`);
  return value;
}

function parseLabel(text: string, line: number, source: string): number {
  if (!NON_NEGATIVE_INTEGER.test(text)) {
    throw new CsvError(source, line, 'label', `${quoteJson(text)} is not a class index (0, 1, 2, ...)`);
  }
  const label = Number(text);
  if (label >= MAX_CLASSES) {
    const problem = `${quoteJson(text)} is too large: at most ${MAX_CLASSES} classes, labelled 0 to ${MAX_CLASSES - 1}`;
    throw new CsvError(source, line, 'label', problem);
  }
  return label;
}

/** Writes points as `x1,x2,label` CSV; JavaScript's shortest round-trip number format keeps every bit. */
export function pointsToCsv(points: readonly Point[]): string {
  const rows = points.map(({ x1, x2, label }) => `${formatNumber(x1)},${formatNumber(x2)},${label}`);
  return [HEADER, ...rows].join('\n') + '\n';
}

/** String(-0) is "0", which would lose the sign. */
function formatNumber(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}
