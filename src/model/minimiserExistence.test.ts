import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { toDataset, type Dataset, type Point } from './dataset';
import { noMinimiserCause } from './existenceSentences';
import { minimiserExistence } from './minimiserExistence';
import type { ObjectiveSpec } from './objective';
import { classifySeparation, isLinearlySeparable } from './separability';
import { arbitraryDataset } from './testing/fixtures';
import { createRng } from './rng';

const p = (x1: number, x2: number, label: number): Point => ({ x1, x2, label });
const spec = (l2: number, penalizeBias: boolean, kind: 'full' | 'reference' = 'full'): ObjectiveSpec => ({
  parametrization: { kind, referenceClass: 0 },
  l2,
  penalizeBias,
});

/** 8 points split by x1 = 0, with (0, 0) in both classes (statements-to-fix.md). */
export const QUASI: Point[] = [p(0, 0, 0), p(-1, 1, 0), p(-1, -1, 0), p(-2, 0, 0), p(0, 0, 1), p(1, 1, 1), p(1, -1, 1), p(2, 0, 1)];

/**
 * 54 points in three 100° wedges about 60° + 120°k, radii 0.25, 0.6 and 1: θ_k = (0, cos α_k, sin α_k) classifies
 * them all (margin ≥ r(cos 50° − cos 70°) > 0), yet the chord between the other wedges' edges passes 0.342 r from
 * the origin, inside wedge k's innermost points, so no single line cuts any class off from the other two.
 */
function wedges(): Point[] {
  const points: Point[] = [];
  for (let k = 0; k < 3; k++) {
    const centre = 60 + 120 * k;
    for (const offset of [-50, -30, -10, 10, 30, 50]) {
      for (const r of [0.25, 0.6, 1]) {
        const angle = ((centre + offset) * Math.PI) / 180;
        points.push(p(r * Math.cos(angle), r * Math.sin(angle), k));
      }
    }
  }
  return points;
}

/** Three clusters far apart: completely separable. */
const CLUSTERS: Point[] = [p(0, 0, 0), p(0.2, 0.1, 0), p(4, 0, 1), p(4.1, 0.3, 1), p(0, 4, 2), p(0.3, 4.2, 2)];
/** XOR with the middle of each side labelled both ways: overlapping. */
const OVERLAPPING: Point[] = [p(1, 1, 0), p(-1, -1, 0), p(-1, 1, 1), p(1, -1, 1), p(0, 0, 2), p(0.1, 0, 0), p(0, 0.1, 1), p(-0.1, 0, 2)];

const classify = (points: Point[], classes: number) => classifySeparation(toDataset(points, classes));

describe('classifySeparation on the sets of statements-to-fix.md', () => {
  test('the quasi-complete set: not strictly separable, but tied-or-right for some θ', () => {
    expect(isLinearlySeparable(toDataset(QUASI, 2))).toBe(false);
    expect(classify(QUASI, 2)).toBe('quasiCompletelySeparated');
  });

  test('the wedges: completely separable by the 3-class model though no line cuts off any one class', () => {
    const data = wedges();
    expect(data).toHaveLength(54);
    // θ_k = (0, cos α_k, sin α_k) classifies every point correctly with margin ≥ 0.075.
    const theta = [0, 1, 2].map((k) => [Math.cos(((60 + 120 * k) * Math.PI) / 180), Math.sin(((60 + 120 * k) * Math.PI) / 180)]);
    for (const { x1, x2, label } of data) {
      const scores = theta.map(([a, b]) => a * x1 + b * x2);
      const rival = Math.max(...scores.filter((_, k) => k !== label));
      expect(scores[label] - rival).toBeGreaterThan(0.07);
    }
    for (let k = 0; k < 3; k++) {
      const oneVersusRest = data.map((point) => ({ ...point, label: point.label === k ? 0 : 1 }));
      expect(isLinearlySeparable(toDataset(oneVersusRest, 2))).toBe(false);
    }
    expect(classify(data, 3)).toBe('completelySeparable');
  });

  test('clusters are completely separable, an overlapping set overlaps, no points are no points', () => {
    expect(classify(CLUSTERS, 3)).toBe('completelySeparable');
    expect(classify(OVERLAPPING, 3)).toBe('overlapping');
    expect(classify([], 3)).toBe('noPoints');
  });

  test('points on one line with interleaved labels overlap: J is flat, not falling, off the line', () => {
    expect(classify([p(0, 1, 0), p(1, 3, 1), p(2, 5, 0), p(3, 7, 1)], 2)).toBe('overlapping');
    expect(classify([p(0.3, -2, 0), p(0.3, -2, 1)], 2)).toBe('overlapping');
  });

  test('the same point in both classes, the rest separated on each side, is quasi-complete in any direction', () => {
    expect(classify([p(0, 0, 0), p(0, 0, 1), p(-1, 0.5, 0), p(1, -0.5, 1)], 2)).toBe('quasiCompletelySeparated');
  });
});

describe('minimiserExistence: data and objective together', () => {
  const data = (points: Point[], classes: number): [Dataset, ReturnType<typeof classifySeparation>] => {
    const d = toDataset(points, classes);
    return [d, classifySeparation(d)];
  };

  test('λ = 0: none on the quasi-complete set and the wedges, naming the cause; one (up to the 3-dimensional row shift) on overlapping data in general position', () => {
    expect(minimiserExistence(...data(QUASI, 2), spec(0, true))).toEqual({ kind: 'none', reason: 'quasiCompletelySeparated', emptyClass: null });
    expect(minimiserExistence(...data(wedges(), 3), spec(0, true))).toEqual({ kind: 'none', reason: 'completelySeparable', emptyClass: null });
    expect(minimiserExistence(...data(OVERLAPPING, 3), spec(0, false))).toEqual({ kind: 'exists', minimisers: 'flat', parametrization: 'full', span: 3, dimension: 3 });
    expect(minimiserExistence(...data(OVERLAPPING, 3), spec(0, false, 'reference'))).toEqual({ kind: 'exists', minimisers: 'unique', heldBy: 'reference' });
  });

  test('λ > 0 with the bias penalised: a unique minimiser even on separable data', () => {
    expect(minimiserExistence(...data(QUASI, 2), spec(0.01, true))).toEqual({ kind: 'exists', minimisers: 'unique', heldBy: 'l2' });
    expect(minimiserExistence(...data(CLUSTERS, 4), spec(0.01, true))).toEqual({ kind: 'exists', minimisers: 'unique', heldBy: 'l2' });
  });

  test('λ > 0 without the bias: a line of minimisers when every class has points, none when one has none', () => {
    expect(minimiserExistence(...data(CLUSTERS, 3), spec(0.01, false))).toEqual({ kind: 'exists', minimisers: 'biasShift' });
    expect(minimiserExistence(...data(CLUSTERS, 3), spec(0.01, false, 'reference'))).toEqual({ kind: 'exists', minimisers: 'unique', heldBy: 'referenceAndWeights' });
    expect(minimiserExistence(...data(OVERLAPPING, 4), spec(0.01, false))).toEqual({ kind: 'none', reason: 'emptyClass', emptyClass: 3 });
    expect(minimiserExistence(...data(OVERLAPPING, 4), spec(0, false))).toEqual({ kind: 'none', reason: 'emptyClass', emptyClass: 3 });
  });

  test('no points: nothing is claimed', () => {
    expect(minimiserExistence(...data([], 3), spec(0.1, true))).toEqual({ kind: 'noPoints' });
  });

  test('the causes name what they are', () => {
    expect(noMinimiserCause('quasiCompletelySeparated', null)).toMatch(/^the data are quasi-completely separated and λ = 0/);
    expect(noMinimiserCause('emptyClass', 3)).toBe('class 3 has no points and its bias is not penalised: lowering that bias lowers J for ever');
  });
});

/** A quasi-complete family: two labelled half-planes either side of a random line, and one point on it in both. */
const arbitraryQuasi = fc.record({ seed: fc.integer(), angle: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }) }).map(({ seed, angle }) => {
  const rng = createRng(seed);
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  const points: Point[] = [];
  for (let i = 0; i < 10; i++) {
    const along = 2 * rng.normal();
    const across = 0.2 + Math.abs(rng.normal());
    const side = i % 2;
    const signed = side === 0 ? -across : across;
    points.push(p(c * signed - s * along, s * signed + c * along, side));
  }
  const t = rng.normal();
  points.push(p(-s * t, c * t, 0), p(-s * t, c * t, 1));
  return points;
});

const scaleOf = fc.double({ min: 1e-3, max: 1e3, noNaN: true });

describe('laws of the classification', () => {
  test.prop([arbitraryQuasi])('a point in both classes on the line between two separated half-planes is quasi-complete', (points) => {
    expect(classify(points, 2)).toBe('quasiCompletelySeparated');
  });

  test.prop([fc.oneof(arbitraryQuasi.map((points) => toDataset(points, 2)), arbitraryDataset()), scaleOf, scaleOf, fc.double({ min: -50, max: 50, noNaN: true })])(
    'it does not depend on the units or the origin of either coordinate',
    (data, s1, s2, shift) => {
      const moved: Dataset = { ...data, x1: data.x1.map((v) => s1 * v + shift), x2: data.x2.map((v) => s2 * v - shift) };
      expect(classifySeparation(moved)).toBe(classifySeparation(data));
    },
  );

  test.prop([fc.oneof(arbitraryQuasi.map((points) => toDataset(points, 2)), arbitraryDataset()), fc.integer()])('it does not depend on the order of the points', (data, seed) => {
    const rng = createRng(seed);
    const order = Array.from(data.labels, (_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.integer(i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    const shuffled: Dataset = {
      ...data,
      x1: Float64Array.from(order, (i) => data.x1[i]),
      x2: Float64Array.from(order, (i) => data.x2[i]),
      labels: Uint8Array.from(order, (i) => data.labels[i]),
    };
    expect(classifySeparation(shuffled)).toBe(classifySeparation(data));
  });
});

describe('before the separation is known (null: the app finds it off the main thread)', () => {
  test.prop([arbitraryDataset(), fc.constantFrom(0, 0.01, 1), fc.boolean(), fc.constantFrom('full' as const, 'reference' as const)])(
    'with λ = 0 and points it is unknown; otherwise the answer is already the one the separation gives',
    (data, l2, penalizeBias, kind) => {
      const objective = spec(l2, penalizeBias, kind);
      const pending = minimiserExistence(data, null, objective);
      if (l2 === 0 && data.labels.length > 0) expect(pending).toEqual({ kind: 'unknown' });
      else expect(pending).toEqual(minimiserExistence(data, classifySeparation(data), objective));
    },
  );
});
