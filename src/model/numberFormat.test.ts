import { describe, expect, test } from 'vitest';
import { fc, test as propTest } from '@fast-check/vitest';
import { formatCount, formatEditable, formatNumber, formatSetting, formatShortest, MINUS } from './numberFormat';
import { readDecimal } from './plainText';

describe('formatNumber', () => {
  test('golden values: fixed for ordinary magnitudes, scientific with U+2212 for tiny and huge ones', () => {
    expect(formatNumber(1.0986122886681098)).toBe('1.099');
    expect(formatNumber(-2.87e-4)).toBe(`${MINUS}2.87e${MINUS}4`);
    expect(formatNumber(1.57e-4)).toBe(`1.57e${MINUS}4`);
    expect(formatNumber(12345, 3)).toBe('1.23e4');
    expect(formatNumber(-0.5, 1)).toBe(`${MINUS}0.5`);
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatNumber(-Infinity)).toBe(`${MINUS}∞`);
  });

  test('zero digits (axis ticks) never throws: 10,000 reads 1e4', () => {
    expect(formatNumber(10_000, 0)).toBe('1e4');
    expect(formatNumber(-20_000, 0)).toBe(`${MINUS}2e4`);
    expect(formatNumber(5, 0)).toBe('5');
  });

  test('a value that rounds to zero shows no minus sign', () => {
    expect(formatNumber(-0.04, 1)).toBe('0.0');
  });

  propTest.prop([fc.double(), fc.integer({ min: -3, max: 25 })])('never throws and never prints an ASCII hyphen', (value, digits) => {
    const text = formatNumber(value, digits);
    expect(text).not.toMatch(/-/);
    expect(text.length).toBeGreaterThan(0);
  });
});

describe('formatCount', () => {
  test('whole numbers with U+2212', () => {
    expect(formatCount(2040)).toBe('2040');
    expect(formatCount(-3)).toBe(`${MINUS}3`);
  });
});

describe('formatShortest', () => {
  test('golden values: settings as people type them, no trailing zeros, U+2212 everywhere', () => {
    expect(formatShortest(0.5)).toBe('0.5');
    expect(formatShortest(0.05)).toBe('0.05');
    expect(formatShortest(1e-6)).toBe(`1e${MINUS}6`);
    expect(formatShortest(2.5e-7)).toBe(`2.5e${MINUS}7`);
    expect(formatShortest(1000)).toBe('1000');
    expect(formatShortest(200000)).toBe('2e5');
    expect(formatShortest(-0.25)).toBe(`${MINUS}0.25`);
    expect(formatShortest(0.30000000000000004, 6)).toBe('0.3');
    expect(formatShortest(1 / 3, 3)).toBe('0.333');
    expect(formatShortest(0)).toBe('0');
    expect(formatShortest(Number.NaN)).toBe('—');
  });

  propTest.prop([fc.double({ noNaN: true, noDefaultInfinity: true })])('with the default digits it reads back as the number itself', (value) => {
    const text = formatShortest(value);
    expect(text).not.toMatch(/[-+]/);
    expect(Number(text.replaceAll(MINUS, '-'))).toBe(value === 0 ? 0 : value);
  });

  propTest.prop([fc.double(), fc.integer({ min: 1, max: 12 })])('reads as formatNumber does at the same digits, and is never longer', (value, digits) => {
    const shortest = formatShortest(value, digits);
    const full = formatNumber(value, digits);
    expect(shortest.length).toBeLessThanOrEqual(full.length);
    const back = (text: string) => Number(text.split(MINUS).join('-'));
    if (Number.isFinite(value)) expect(back(shortest)).toBe(back(full));
  });
});

describe('formatSetting', () => {
  test('golden values: η as set, at most 4 decimals, U+2212 in exponents', () => {
    expect(formatSetting(0.5)).toBe('0.5');
    expect(formatSetting(3)).toBe('3');
    expect(formatSetting(1.45)).toBe('1.45');
    expect(formatSetting(1000)).toBe('1000');
    // A value the log slider leaves: 10^−1.5 = 0.031622…
    expect(formatSetting(10 ** -1.5)).toBe('0.0316');
    expect(formatSetting(1e-6)).toBe('1e−6');
    expect(formatSetting(1e307)).toBe('1e307');
  });
});

describe('formatEditable (what a number field holds)', () => {
  test('golden values: a long run of digits reads in exponent form, short values as typed', () => {
    expect(formatEditable(1e9)).toBe('1e9');
    expect(formatEditable(1e8)).toBe('1e8');
    expect(formatEditable(-2.5e12)).toBe('-2.5e12');
    expect(formatEditable(1e-9)).toBe('1e-9');
    expect(formatEditable(12345)).toBe('12345');
    expect(formatEditable(10000)).toBe('10000');
    expect(formatEditable(0.000001)).toBe('0.000001');
    expect(formatEditable(0.5)).toBe('0.5');
    // No shorter exponent form: the digits stay (a seed is typed as digits).
    expect(formatEditable(123456789)).toBe('123456789');
    expect(formatEditable(0.03162277660168379)).toBe('0.03162277660168379');
  });

  propTest.prop([fc.double({ noNaN: true, noDefaultInfinity: true })])('reads back as exactly the value, in ASCII, never longer than String(value)', (value) => {
    const text = formatEditable(value);
    expect(readDecimal(text)).toBe(value === 0 ? 0 : value);
    expect(text).toMatch(/^[-0-9.e]+$/);
    expect(text.length).toBeLessThanOrEqual(String(value).length);
  });
});
