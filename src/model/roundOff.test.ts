import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { withoutRoundOff } from './roundOff';

describe('withoutRoundOff', () => {
  test('clears crumbs of a floating-point sum', () => {
    expect(withoutRoundOff(1.46e-16, 2.4)).toBe(0);
    expect(withoutRoundOff(-3e-13, 1000)).toBe(0);
  });

  test('keeps values that are real', () => {
    expect(withoutRoundOff(1e-6, 1)).toBe(1e-6);
    expect(withoutRoundOff(0.616, 6.6)).toBe(0.616);
  });

  test('treats a non-finite scale as 1 and passes NaN through', () => {
    expect(withoutRoundOff(1e-12, Number.NaN)).toBe(0);
    expect(withoutRoundOff(Number.NaN, 1)).toBeNaN();
  });

  test.prop([fc.double({ noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true })])('returns the value or 0', (value, scale) => {
    const result = withoutRoundOff(value, scale);
    expect(result === value || result === 0).toBe(true);
  });
});
