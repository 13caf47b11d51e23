import { fc } from '@fast-check/vitest';
import { toDataset, type Dataset, type Point } from '../dataset';
import { createRng } from '../rng';
import { createObjective, type Objective, type ObjectiveSpec } from '../objective';

/**
 * Data sets in general position (no three points collinear, almost surely): 8–40 Gaussian points drawn from a
 * seeded generator, every class present. Arbitrary doubles would shrink to all-zero points, which are degenerate.
 */
export function arbitraryDataset(classes: fc.Arbitrary<number> = fc.integer({ min: 2, max: 5 })): fc.Arbitrary<Dataset> {
  return fc.record({ classes, count: fc.integer({ min: 8, max: 40 }), seed: fc.integer() }).map(({ classes: k, count, seed }) => {
    const rng = createRng(seed);
    const points: Point[] = Array.from({ length: count }, (_, i) => ({
      x1: 1.5 * rng.normal(),
      x2: 1.5 * rng.normal(),
      label: i < k ? i : rng.integer(k),
    }));
    return toDataset(points, k);
  });
}

/** A θ vector of a given length with entries in [-range, range]. */
export function arbitraryVector(length: number, range = 3): fc.Arbitrary<Float64Array> {
  return fc
    .array(fc.double({ min: -range, max: range, noNaN: true }), { minLength: length, maxLength: length })
    .map((values) => Float64Array.from(values));
}

export function arbitraryShift(range = 5): fc.Arbitrary<[number, number, number]> {
  return fc.tuple(
    fc.double({ min: -range, max: range, noNaN: true }),
    fc.double({ min: -range, max: range, noNaN: true }),
    fc.double({ min: -range, max: range, noNaN: true }),
  );
}

export const FULL: ObjectiveSpec = { parametrization: { kind: 'full', referenceClass: 0 }, l2: 0, penalizeBias: false };

export function fullObjective(data: Dataset, l2 = 0, penalizeBias = false): Objective {
  return createObjective(data, { ...FULL, l2, penalizeBias });
}

/** |a − b| ≤ tolerance·max(1, |a|, |b|): one relative-or-absolute comparison for the whole suite. */
export function close(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}
