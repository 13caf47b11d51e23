import { describe, expect, test } from 'vitest';
import { fc, test as propTest } from '@fast-check/vitest';
import { cutShort, quoteJson, quoteShort, readDecimal } from './plainText';

describe('readDecimal: the one number grammar of links, files, the CLI and number fields', () => {
  test.each(['0x10', '0b1', '0o7', 'Infinity', '-Infinity', 'NaN', '', ' ', ' 1', '1 ', '1,5', '1e', 'e5', '.', '+', '1_000'])('refuses %j', (text) => {
    expect(readDecimal(text)).toBeUndefined();
  });

  test.each([
    ['0', 0],
    ['-0', -0],
    ['+2.5', 2.5],
    ['.5', 0.5],
    ['5.', 5],
    ['1e-3', 0.001],
    ['-1.5E3', -1500],
  ])('reads %j as %d', (text, value) => {
    expect(readDecimal(text)).toBe(value);
  });

  propTest.prop([fc.double({ noNaN: true, noDefaultInfinity: true })])('reads back every finite double JavaScript writes', (value) => {
    expect(readDecimal(String(value))).toBe(Object.is(value, -0) ? 0 : value);
  });
});

describe('quoting what a person typed', () => {
  test('cuts long text with an ellipsis and leaves short text whole', () => {
    expect(cutShort('abcdef', 3)).toBe('abc…');
    expect(cutShort('abc', 3)).toBe('abc');
    expect(quoteShort('x'.repeat(30))).toBe(`“${'x'.repeat(24)}…”`);
    expect(quoteJson('a\nb')).toBe('"a\\nb"');
  });
});
