import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { PlotDomain } from '../../model/plotDomain';
import { FAST_LOGIT_CHANGE, INVISIBLE_LOGIT_CHANGE, logitChange, planRaster, type DrawnRaster } from './rasterPlan';

const domain: PlotDomain = { x1: [-4, 4], x2: [-2, 6] };
/** Three classes, rows (b, w1, w2). */
const theta = Float64Array.of(0.5, 1, -1, 0, -0.5, 2, -0.5, 0.25, 0);
const nudged = (by: number) => Float64Array.from(theta, (value, i) => (i === 1 ? value + by : value));
const full = (at: Float64Array): DrawnRaster => ({ theta: at, mode: 'blend', resolution: 'full' });

describe('logitChange', () => {
  it('is the largest spread of logit changes over the corners of the plot', () => {
    // Only w_11 moves, by 0.01: class 0's logit changes by 0.01·x1, largest at |x1| = 4.
    expect(logitChange(theta, nudged(0.01), domain)).toBeCloseTo(0.04, 15);
    // A bias change of 0.3 in class 2 only: the spread is 0.3 everywhere.
    const biased = Float64Array.from(theta, (value, i) => (i === 6 ? value + 0.3 : value));
    expect(logitChange(theta, biased, domain)).toBeCloseTo(0.3, 15);
  });

  it('is infinite when K differs or θ is not finite, never "unchanged"', () => {
    expect(logitChange(theta, theta.slice(0, 6), domain)).toBe(Infinity);
    expect(logitChange(theta, Float64Array.from(theta, (v, i) => (i === 0 ? NaN : v)), domain)).toBe(Infinity);
  });

  const row = fc.tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true }));
  test.prop([fc.array(row, { minLength: 6, maxLength: 6 })])('adding the same row to every class changes no logit difference', (rows) => {
    const [shift, ...rest] = rows;
    const before = Float64Array.from(rest.flat());
    const after = Float64Array.from(rest.flatMap((r) => r.map((v, j) => v + shift[j])));
    expect(logitChange(before, after, domain)).toBeLessThan(1e-12 * 200);
  });
});

describe('planRaster', () => {
  it('paints at full resolution first, and after a change of K or of mode', () => {
    expect(planRaster(null, null, theta, 'blend', domain, true)).toBe('full');
    expect(planRaster(full(theta.slice(0, 6)), theta, theta, 'blend', domain, true)).toBe('full');
    expect(planRaster(full(theta), theta, theta, 'argmax', domain, false)).toBe('full');
  });

  it('stopped, skips only exactly the θ on the canvas, so the picture studied is exact', () => {
    expect(planRaster(full(theta), null, theta.slice(), 'blend', domain, false)).toBe('skip');
    expect(planRaster(full(theta), null, nudged(1e-9), 'blend', domain, false)).toBe('full');
    // Stopping after a coarse sweep paints the exact picture.
    expect(planRaster({ ...full(theta), resolution: 'coarse' }, theta, theta, 'blend', domain, false)).toBe('full');
  });

  it('playing, skips an invisible change, paints coarse in a fast sweep, full again when θ slows', () => {
    const invisible = nudged((0.9 * INVISIBLE_LOGIT_CHANGE) / 4);
    expect(planRaster(full(theta), theta, invisible, 'blend', domain, true)).toBe('skip');
    const fast = nudged((2 * FAST_LOGIT_CHANGE) / 4);
    expect(planRaster(full(theta), theta, fast, 'blend', domain, true)).toBe('coarse');
    const slow = nudged((0.5 * FAST_LOGIT_CHANGE) / 4);
    expect(planRaster({ theta, mode: 'blend', resolution: 'coarse' }, theta, slow, 'blend', domain, true)).toBe('full');
    // Even an unchanged θ is repainted at full resolution over a coarse picture.
    expect(planRaster({ theta, mode: 'blend', resolution: 'coarse' }, theta, theta, 'blend', domain, true)).toBe('full');
  });
});
