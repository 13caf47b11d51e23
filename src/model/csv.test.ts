import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { CsvError, parsePointsCsv, pointsToCsv } from './csv';
import type { Point } from './dataset';

/** The CsvError that parsing throws; fails the test if it returns instead. */
function parseError(text: string, source = 'points.csv'): CsvError {
  try {
    parsePointsCsv(text, source);
  } catch (error) {
    if (error instanceof CsvError) return error;
    throw error;
  }
  throw new Error('expected a CsvError, but the CSV parsed');
}

describe('parsePointsCsv', () => {
  test('reads points, with K one more than the largest label', () => {
    expect(parsePointsCsv('x1,x2,label\n0.5,-1,0\n2,3e-2,2\n', 'a.csv')).toEqual({
      points: [
        { x1: 0.5, x2: -1, label: 0 },
        { x1: 2, x2: 0.03, label: 2 },
      ],
      classes: 3,
      lines: [2, 3],
    });
  });

  test('tolerates surrounding whitespace, CRLF, a byte-order mark and blank lines', () => {
    const text = '\uFEFF x1 , x2 ,label \r\n 1 , 2 , 0 \r\n\r\n\t-3,4,1\r\n\r\n  \r\n';
    expect(parsePointsCsv(text, 'a.csv').points).toEqual([
      { x1: 1, x2: 2, label: 0 },
      { x1: -3, x2: 4, label: 1 },
    ]);
    expect(parsePointsCsv(text, 'a.csv').lines).toEqual([2, 4]);
  });

  test.each([
    ['', 'points.csv: the file is empty; expected the header "x1,x2,label"'],
    ['x,y,label\n1,2,0\n', 'points.csv:1: expected the header "x1,x2,label", found "x,y,label"'],
    ['x1,x2,label\n', 'points.csv: no data rows after the header'],
    ['x1,x2,label\n1,2,0\n3,4\n', 'points.csv:3: expected 3 fields (x1,x2,label), found 2'],
    ['x1,x2,label\n1,2,0,9\n', 'points.csv:2: expected 3 fields (x1,x2,label), found 4'],
    ['x1,x2,label\n1,abc,0\n', 'points.csv:2: field "x2": "abc" is not a number'],
    ['x1,x2,label\n,2,0\n', 'points.csv:2: field "x1": "" is not a number'],
    ['x1,x2,label\n0x1f,2,0\n', 'points.csv:2: field "x1": "0x1f" is not a number'],
    ['x1,x2,label\nInfinity,2,0\n', 'points.csv:2: field "x1": "Infinity" is not a number'],
    ['x1,x2,label\n1e999,2,0\n', 'points.csv:2: field "x1": "1e999" is not a finite number'],
    ['x1,x2,label\n1,2,-1\n', 'points.csv:2: field "label": "-1" is not a class index (0, 1, 2, ...)'],
    ['x1,x2,label\n1,2,1.5\n', 'points.csv:2: field "label": "1.5" is not a class index (0, 1, 2, ...)'],
    ['x1,x2,label\n1,2,8\n', 'points.csv:2: field "label": "8" is too large: at most 8 classes, labelled 0 to 7'],
    ['x1,x2,label\n1,2,1\n3,4,1\n', 'points.csv: every point has label 1; at least 2 different labels are needed'],
  ])('rejects %j with a one-line message', (text, message) => {
    const error = parseError(text);
    expect(error.message).toBe(message);
    expect(error.message).not.toMatch(/[\r\n]/);
  });

  test('the error carries the source, line and field for the UI', () => {
    const error = parseError('x1,x2,label\n1,2,0\n\n1,nope,1\n', 'mine.csv');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CsvError');
    expect([error.source, error.line, error.field]).toEqual(['mine.csv', 4, 'x2']);
  });

  test('quotes long or odd fields briefly and on one line', () => {
    const error = parseError(`x1,x2,label\n1,2,${'x'.repeat(100)}\n`);
    expect(error.message).toMatch(/^points\.csv:2: field "label": "x{40}…" is not a class index/);
    expect(parseError('x1,x2,label\n1\r5,2,0\n').message).toBe('points.csv:2: field "x1": "1\\r5" is not a number');
  });
});

const coordinate = fc.double({ noNaN: true, noDefaultInfinity: true });
const point: fc.Arbitrary<Point> = fc.record({ x1: coordinate, x2: coordinate, label: fc.integer({ min: 0, max: 7 }) });
const points = fc
  .array(point, { minLength: 2, maxLength: 40 })
  .filter((ps) => new Set(ps.map((p) => p.label)).size >= 2);

test.prop([points])('CSV round-trips every point exactly, including -0 and extreme exponents', (ps) => {
  const { points: parsed, classes } = parsePointsCsv(pointsToCsv(ps), 'round-trip.csv');
  expect(parsed).toEqual(ps);
  parsed.forEach((p, i) => {
    expect(Object.is(p.x1, ps[i].x1)).toBe(true);
    expect(Object.is(p.x2, ps[i].x2)).toBe(true);
  });
  expect(classes).toBe(Math.max(...ps.map((p) => p.label)) + 1);
});

const FIELD_NAMES = ['x1', 'x2', 'label'] as const;
const badCoordinate = fc.constantFrom('', 'abc', 'NaN', 'Infinity', '-Infinity', '1e400', '1..2', '0x10', '1 2', '--1', '+', 'e5');
const badLabel = fc.constantFrom('', 'one', '-1', '1.5', '1e0', '8', '12', '+1', ' 3x', '255');

test.prop([points, fc.nat(), fc.integer({ min: 0, max: 2 }), badCoordinate, badLabel])(
  'any single corrupted field yields an error naming its line and field',
  (ps, row, column, coordinateValue, labelValue) => {
    const index = row % ps.length;
    const lines = pointsToCsv(ps).split('\n');
    const fields = lines[index + 1].split(',');
    fields[column] = column === 2 ? labelValue : coordinateValue;
    lines[index + 1] = fields.join(',');
    const error = parseError(lines.join('\n'), 'corrupt.csv');
    expect(error.message.startsWith(`corrupt.csv:${index + 2}: field "${FIELD_NAMES[column]}": `)).toBe(true);
    expect([error.line, error.field]).toEqual([index + 2, FIELD_NAMES[column]]);
  },
);
