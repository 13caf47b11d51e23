import { expect, it } from 'vitest';
import { CsvError, parsePointsCsv } from '../csv';
import { checkCoordinates } from '../coordinateLimits';
import { malformedCsvTexts } from './malformedCsv';

it('every generated malformed CSV is refused by the reader (or its coordinate check) with a CsvError', () => {
  for (const text of malformedCsvTexts(200)) {
    const read = () => {
      const { points, lines } = parsePointsCsv(text, 'fuzz.csv');
      checkCoordinates(points, lines, 'fuzz.csv');
    };
    expect(read, JSON.stringify(text)).toThrow(CsvError);
  }
});
