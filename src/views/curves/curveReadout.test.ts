import { describe, expect, test } from 'vitest';
import { describeSample, formatPercent, formatPercentTick, formatTick } from './curveReadout';

describe('curve read-out', () => {
  test('describes a sample in one sentence', () => {
    const sample = { step: 120, theta: new Float64Array(0), loss: 0.41321, accuracy: 0.91, gradNorm: 1.234e-5, redundantNorm: 0, identifiableNorm: 1, thetaNorm: 1 };
    expect(describeSample(sample)).toBe('Step 120: loss 0.4132, gradient norm 1.234e−5, accuracy 91.0%');
  });

  test('shows a missing accuracy as a dash', () => {
    expect(formatPercent(Number.NaN)).toBe('—');
  });

  test('formats ticks compactly', () => {
    expect(formatTick(0)).toBe('0');
    expect(formatTick(0.5)).toBe('0.5');
    expect(formatTick(1e-5)).toBe('1e−5');
    expect(formatTick(200000)).toBe('2e5');
    // One minus sign for mantissa and exponent alike (d3's format gave "−2.87e-4").
    expect(formatTick(-2.87e-4)).toBe('−2.87e−4');
    expect(formatPercentTick(0.5)).toBe('50%');
  });
});
