import { malformedCsvTexts } from '../../model/testing/malformedCsv';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { pointsToCsv } from '../../model/csv';
import { MAX_POINTS } from '../../store/schema/limits';
import { checkImportSize, LARGEST_IMPORT_BYTES, readPointsCsv } from './pointsImport';

const coordinate = fc.double({ min: -1e150, max: 1e150, noNaN: true });
const points = fc
  .array(fc.record({ x1: coordinate, x2: coordinate, label: fc.integer({ min: 0, max: 7 }) }), { minLength: 2, maxLength: 60 })
  .filter((list) => new Set(list.map((p) => p.label)).size >= 2);

describe('readPointsCsv', () => {
  test.prop([points])('reads back exactly the points that pointsToCsv writes, with K = largest label + 1', (list) => {
    expect(readPointsCsv(pointsToCsv(list), 'a.csv')).toEqual({ points: list, classes: Math.max(...list.map((p) => p.label)) + 1 });
  });

  test.each([
    ['x1,x2,label\n1,2,0\n1e151,0,1\n', 'a.csv:3: field "x1": 1.000e151 is beyond ±1e150'],
    ['x1,x2,label\n1,2,0\n3,oops,1\n', 'a.csv:3: field "x2": "oops" is not a number'],
    ['x1,x2\n1,2\n', 'a.csv:1: expected the header "x1,x2,label", found "x1,x2"'],
  ])('refuses a malformed file, naming file, line and reason: %j', (text, message) => {
    expect(() => readPointsCsv(text, 'a.csv')).toThrow(message);
  });

  test('refuses more points than the lab holds, at the first line past the limit', () => {
    const rows = Array.from({ length: MAX_POINTS + 1 }, (_, n) => `${n},0,${n % 2}`);
    expect(() => readPointsCsv(['x1,x2,label', ...rows].join('\n'), 'big.csv')).toThrow(
      `big.csv:${MAX_POINTS + 2}: the file has 10001 points; at most 10000 can be used`,
    );
    expect(readPointsCsv(['x1,x2,label', ...rows.slice(0, MAX_POINTS)].join('\n'), 'ok.csv').points).toHaveLength(MAX_POINTS);
  });
});

describe('checkImportSize', () => {
  test('accepts up to 5 MB and refuses a byte more, naming the file', () => {
    expect(() => checkImportSize(LARGEST_IMPORT_BYTES, 'a.csv')).not.toThrow();
    expect(() => checkImportSize(LARGEST_IMPORT_BYTES + 1, 'a.csv')).toThrow('a.csv: the file is 5000001 bytes, larger than 5 MB, the most the lab reads');
  });
});

describe('the 200 malformed files of the browser fuzz (e2e/malformedFiles.spec.ts runs 20 of them in Chromium)', () => {
  test.each(malformedCsvTexts(200).map((text, index) => [index, text] as const))('fuzz-%i.csv is refused, naming the file (and the line, where one is at fault)', (index, text) => {
    expect(() => readPointsCsv(text, `fuzz-${index}.csv`)).toThrow(new RegExp(`^fuzz-${index}\\.csv(:\\d+)?: `));
  });
});
