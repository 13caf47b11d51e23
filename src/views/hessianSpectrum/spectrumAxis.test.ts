import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { scaleLog } from 'd3';
import { logDomain, logPosition, logTicks } from './spectrumAxis';

describe('spectrum axis', () => {
  test('golden domains: whole decades, at least one tall', () => {
    expect(logDomain([0.7, 0.02])).toEqual([0.01, 1]);
    expect(logDomain([]).every((end) => end > 0)).toBe(true);
    expect(logDomain([1])).toEqual([0.1, 10]);
  });

  test('eigenvalues that underflow (5e−324) or reach the largest double keep both ends finite and above 0', () => {
    const [low, high] = logDomain([5e-324]);
    expect(low).toBeGreaterThan(0);
    expect(high).toBeGreaterThan(low);
    // Before: 10^−324 = 0 at the low end, so every y position was NaN ("<circle> cy NaN").
    const y = scaleLog().domain([low, high]).range([150, 10]);
    expect(Number.isFinite(y(logPosition(5e-324, [low, high])))).toBe(true);
    const [, top] = logDomain([Number.MAX_VALUE]);
    expect(Number.isFinite(top)).toBe(true);
  });

  test('tick labels go through the one formatter: U+2212, no ASCII hyphen', () => {
    const labels = logTicks(1e-3, 0.1).map((tick) => tick.label);
    expect(labels).toEqual(['0.001', '0.002', '0.005', '0.01', '0.02', '0.05', '0.1']);
    expect(logTicks(1e-6, 1e-5).map((tick) => tick.label)).toEqual(['1e−6', '2e−6', '5e−6', '1e−5']);
  });

  test.prop([fc.array(fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true, minExcluded: true }), { minLength: 1, maxLength: 24 })])(
    'for any positive eigenvalues every dot has a finite position and every tick a finite one',
    (values) => {
      const domain = logDomain(values);
      const y = scaleLog().domain(domain).range([150, 10]);
      for (const value of values) expect(Number.isFinite(y(logPosition(value, domain)))).toBe(true);
      for (const tick of logTicks(...domain)) {
        expect(Number.isFinite(y(tick.value))).toBe(true);
        expect(tick.label).not.toMatch(/-/);
      }
    },
  );
});
