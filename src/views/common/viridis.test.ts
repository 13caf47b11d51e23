import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { viridis } from './viridis';

const luminance = (colour: string) => {
  const [r, g, b] = colour.match(/\d+/g)!.map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

describe('viridis', () => {
  it('golden: its ends and middle are matplotlib’s', () => {
    expect(viridis(0)).toBe('rgb(68, 1, 84)');
    expect(viridis(0.5)).toBe('rgb(33, 145, 140)');
    expect(viridis(1)).toBe('rgb(253, 231, 37)');
    expect(viridis(2)).toBe(viridis(1));
    expect(viridis(Number.NaN)).toBe(viridis(0));
  });

  test.prop([fc.double({ min: 0, max: 0.99, noNaN: true })])('gets lighter as t grows', (t) => {
    expect(luminance(viridis(t + 0.01))).toBeGreaterThanOrEqual(luminance(viridis(t)) - 0.5);
  });
});
