import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { decisionBoundaries, type PlanePoint } from './regionBoundaries';
import { canonicalTheta } from './canonicalTheta';
import { shiftAllClasses } from './parameters';
import type { PlotDomain } from './plotDomain';

const DOMAIN: PlotDomain = { x1: [-4, 4], x2: [-2, 6] };
const logit = (theta: Float64Array, k: number, p: PlanePoint) => theta[3 * k] + theta[3 * k + 1] * p.x1 + theta[3 * k + 2] * p.x2;

const thetaArbitrary = fc.integer({ min: 2, max: 8 }).chain((classes) =>
  fc
    .array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 3 * classes, maxLength: 3 * classes })
    .map((values) => ({ classes, theta: Float64Array.from(values) })),
);

describe('decisionBoundaries', () => {
  test('two classes split by x1 = 1 give one vertical segment across the domain', () => {
    // Class 1 minus class 0 is x1 − 1: class 1 wins right of x1 = 1.
    const segments = decisionBoundaries(Float64Array.from([0, 0, 0, -1, 1, 0]), 2, DOMAIN);
    expect(segments).toHaveLength(1);
    const [{ first, second, from, to }] = segments;
    expect([first, second]).toEqual([0, 1]);
    for (const end of [from, to]) expect(end.x1).toBeCloseTo(1, 6);
    expect([from.x2, to.x2].sort((a, b) => a - b)).toEqual([-2, 6]);
  });

  test('equal rows tie everywhere: there is no boundary to draw', () => {
    expect(decisionBoundaries(new Float64Array(9).fill(0.5), 3, DOMAIN)).toEqual([]);
  });

  test.prop([thetaArbitrary])('every segment lies where its two classes tie for the largest logit, inside the domain', ({ classes, theta }) => {
    const scale = 1 + Math.max(...Array.from(theta, Math.abs)) * 12;
    for (const { first, second, from, to } of decisionBoundaries(theta, classes, DOMAIN)) {
      expect(first).toBeLessThan(second);
      for (const p of [from, to, { x1: (from.x1 + to.x1) / 2, x2: (from.x2 + to.x2) / 2 }]) {
        expect(p.x1).toBeGreaterThanOrEqual(DOMAIN.x1[0] - 1e-9);
        expect(p.x1).toBeLessThanOrEqual(DOMAIN.x1[1] + 1e-9);
        expect(p.x2).toBeGreaterThanOrEqual(DOMAIN.x2[0] - 1e-9);
        expect(p.x2).toBeLessThanOrEqual(DOMAIN.x2[1] + 1e-9);
        const tie = logit(theta, first, p);
        expect(Math.abs(tie - logit(theta, second, p))).toBeLessThan(1e-5 * scale);
        for (let k = 0; k < classes; k++) expect(logit(theta, k, p)).toBeLessThan(tie + 1e-5 * scale);
      }
    }
  });

  test.prop([thetaArbitrary])('walking along x2 = 2, every change of the winning class crosses a segment', ({ classes, theta }) => {
    const segments = decisionBoundaries(theta, classes, DOMAIN);
    // The winner as the picture sees it: entries a millionth of the largest are rounded away.
    const drawn = canonicalTheta(theta, classes);
    const winner = (x1: number) => {
      let best = 0;
      for (let k = 1; k < classes; k++) if (logit(drawn, k, { x1, x2: 2 }) > logit(drawn, best, { x1, x2: 2 })) best = k;
      return best;
    };
    // Where the walk runs along a tie line itself (two classes equal on all of x2 = 2), rounding alone picks
    // the winner: no boundary is crossed there.
    const tieTolerance = 1e-9 * (1 + Math.max(...Array.from(drawn, Math.abs)));
    const tiedAt = (x1: number) => {
      const logits = Array.from({ length: classes }, (_, k) => logit(drawn, k, { x1, x2: 2 })).sort((p, q) => q - p);
      return logits[0] - logits[1] <= tieTolerance;
    };
    const steps = 200;
    for (let i = 0; i < steps; i++) {
      const a = -4 + (8 * i) / steps;
      const b = -4 + (8 * (i + 1)) / steps;
      if (winner(a) === winner(b) || (tiedAt(a) && tiedAt(b))) continue;
      const crossed = segments.some(({ from, to }) => {
        if ((from.x2 - 2) * (to.x2 - 2) > 0) return false;
        const t = from.x2 === to.x2 ? 0 : (2 - from.x2) / (to.x2 - from.x2);
        const x1 = from.x1 + t * (to.x1 - from.x1);
        return x1 >= a - 1e-6 && x1 <= b + 1e-6;
      });
      expect(crossed).toBe(true);
    }
  });

  test.prop([thetaArbitrary, fc.tuple(fc.double({ min: -9, max: 9, noNaN: true }), fc.double({ min: -9, max: 9, noNaN: true }), fc.double({ min: -9, max: 9, noNaN: true }))])(
    'shifting every class by the same c gives identical segments',
    ({ classes, theta }, shift) => {
      expect(decisionBoundaries(shiftAllClasses(theta, shift), classes, DOMAIN)).toEqual(decisionBoundaries(theta, classes, DOMAIN));
    },
  );
});
