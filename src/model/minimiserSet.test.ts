import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { toDataset, type Dataset, type Point } from './dataset';
import { generatePreset } from './datasets/presets';
import { countZeroEigenvalues, hessianRoundingFloor, symmetricEigen } from './eigen';
import { existenceSentence, noMinimiserCause } from './existenceSentences';
import { DEFAULT_INIT } from './initialization';
import { minimiserExistence, type MinimiserExistence } from './minimiserExistence';
import { createObjective, type ObjectiveSpec } from './objective';
import { DEFAULT_OPTIMIZER_SETTINGS } from './optimizers';
import { pointSpan } from './pointSpan';
import { classifySeparation } from './separability';
import { arbitraryDataset, arbitraryVector } from './testing/fixtures';
import { createTrainer } from './trainer';

// How large J's set of minimisers is (teaching-math §2, §4–§6), checked against the Hessian and Newton's method.

const p = (x1: number, x2: number, label: number): Point => ({ x1, x2, label });
const spec = (kind: 'full' | 'reference', l2 = 0, penalizeBias = true, referenceClass = 0): ObjectiveSpec => ({ parametrization: { kind, referenceClass }, l2, penalizeBias });

/** The review's line6: six points on x2 = 1, x1 = 0..5, classes alternating 0, 1. */
const LINE6 = toDataset([0, 1, 2, 3, 4, 5].map((x1) => p(x1, 1, x1 % 2)), 2);

/** Newton from θ = 0 to ‖∇J‖∞ ≤ 1e−12: the free parameters at a minimiser. */
function newtonMinimiser(data: Dataset, objective: ObjectiveSpec): Float64Array {
  const trainer = createTrainer(data, { objective, optimizer: { ...DEFAULT_OPTIMIZER_SETTINGS, kind: 'newton' }, init: DEFAULT_INIT, tolerance: 1e-12 });
  while (!trainer.advance().converged) expect(trainer.steps).toBeLessThan(100);
  return trainer.free();
}

/** Zero eigenvalues of J's Hessian at `free`, up to the app's own threshold. */
function flatDirections(data: Dataset, objective: ObjectiveSpec, free: Float64Array): number {
  const j = createObjective(data, objective);
  return countZeroEigenvalues(symmetricEigen(j.hessian(free), j.dimension).values, hessianRoundingFloor(data, j.dimension));
}

const dimensionOf = (existence: MinimiserExistence): number => {
  if (existence.kind !== 'exists') throw new Error(`no minimiser: ${existence.kind}`);
  if (existence.minimisers === 'flat') return existence.dimension;
  return existence.minimisers === 'biasShift' ? 1 : 0;
};

describe('pointSpan: the dimension the x̃ = (1, x1, x2) span, exactly', () => {
  test('golden cases: a line, one place, general position, and a line missed by 2⁻⁵⁰', () => {
    expect(pointSpan(LINE6)).toBe(2);
    expect(pointSpan(toDataset([p(0.1, 0.3, 0), p(0.1, 0.3, 1), p(0.1, 0.3, 0)], 2))).toBe(1);
    expect(pointSpan(toDataset([p(0.1, 0.3, 0)], 2))).toBe(1);
    expect(pointSpan(toDataset([p(0, 0, 0), p(1, 0, 1), p(0, 1, 1)], 2))).toBe(3);
    expect(pointSpan(toDataset([p(0, 0, 0), p(1, 1, 1), p(2, 2 + 2 ** -50, 1)], 2))).toBe(3);
    expect(pointSpan(toDataset([p(5e-324, 1e300, 0), p(1e-320, 1e300, 1), p(0, 1e300, 0)], 2))).toBe(2);
    expect(pointSpan(toDataset([], 2))).toBe(0);
  });

  test.prop([collinearPoints(), fc.integer({ min: -60, max: 60 }), fc.integer({ min: -60, max: 60 })])(
    'points on one line span 2 in any binary units (scaling by a power of two is exact)',
    (points, e1, e2) => {
      const scaled = points.map(({ x1, x2, label }) => p((x1 + 0.25) * 2 ** e1, (x2 - 3) * 2 ** e2, label));
      expect(pointSpan(toDataset(scaled, 3))).toBe(2);
    },
  );

  test.prop([arbitraryDataset()])('Gaussian points span 3', (data) => {
    expect(pointSpan(data)).toBe(3);
  });
});

/** 3–12 distinct points on x2 = a·x1 + b or on x1 = b (small integers, so the points are exactly on the line), every class of 3 present. */
function collinearPoints(): fc.Arbitrary<Point[]> {
  return fc
    .record({ a: fc.integer({ min: -2, max: 2 }), b: fc.integer({ min: -2, max: 2 }), vertical: fc.boolean(), xs: fc.uniqueArray(fc.integer({ min: -3, max: 3 }), { minLength: 3, maxLength: 7 }) })
    .map(({ a, b, vertical, xs }) => xs.map((x, i) => (vertical ? p(b, x, i % 3) : p(x, a * x + b, i % 3))));
}

describe('the set of minimisers has the dimension of J’s flat directions (the Hessian’s zero eigenvalues)', () => {
  // Where a minimiser exists (overlapping classes with λ = 0; or λ > 0), its set is θ* plus J's flat directions,
  // which are the same at every θ: so the dimension claimed must be the number of zero eigenvalues anywhere.
  const cases = fc.constantFrom(
    spec('full'),
    spec('reference', 0, true, 1),
    spec('full', 0.1, false),
    spec('reference', 0.1, false, 1),
    spec('full', 0.1, true),
    spec('reference', 0.1, true),
  );

  test.prop([collinearPoints(), cases, arbitraryVector(9, 0.5)])('points on one line', (points, objective, theta) => {
    const data = toDataset(points, 3);
    const free = objective.parametrization.kind === 'full' ? theta : theta.subarray(0, 6);
    expect(flatDirections(data, objective, free)).toBe(dimensionOf(minimiserExistence(data, 'overlapping', objective)));
  });

  test.prop([fc.integer({ min: 2, max: 5 }), cases, arbitraryVector(15, 0.5)])('every point at one place, each class there', (classes, objective, theta) => {
    const data = toDataset(Array.from({ length: classes }, (_, k) => p(0.5, -1.25, k)), classes);
    const free = theta.subarray(0, objective.parametrization.kind === 'full' ? 3 * classes : 3 * (classes - 1));
    expect(flatDirections(data, objective, free)).toBe(dimensionOf(minimiserExistence(data, 'overlapping', objective)));
  });

  test.prop([arbitraryDataset(fc.constant(3)), cases, arbitraryVector(9, 0.5)])('points in general position', (data, objective, theta) => {
    const free = objective.parametrization.kind === 'full' ? theta : theta.subarray(0, 6);
    expect(flatDirections(data, objective, free)).toBe(dimensionOf(minimiserExistence(data, 'overlapping', objective)));
  });
});

describe('line6 with λ = 0: a minimiser, not a unique one even under a reference class', () => {
  const separation = classifySeparation(LINE6);

  test('the classes overlap, and each parametrisation names the set’s dimension', () => {
    expect(separation).toBe('overlapping');
    const full = minimiserExistence(LINE6, separation, spec('full'));
    const reference = minimiserExistence(LINE6, separation, spec('reference'));
    expect(full).toEqual({ kind: 'exists', minimisers: 'flat', parametrization: 'full', span: 2, dimension: 4 });
    expect(reference).toEqual({ kind: 'exists', minimisers: 'flat', parametrization: 'reference', span: 2, dimension: 1 });
    if (full.kind !== 'exists' || reference.kind !== 'exists') return;
    expect(existenceSentence(full, separation, '0')).toBe(
      'J has a minimiser, but not just one: the points all lie on one line, so besides θ* + c (the same c added to every row), each row can move on its own along the direction u with u·x̃ = 0 at every point without changing any probability. J’s minimisers form a 4-dimensional set.',
    );
    expect(existenceSentence(reference, separation, '0')).toBe(
      'J has a minimiser, but not just one: the points all lie on one line, so each free row can move on its own along the direction u with u·x̃ = 0 at every point without changing any probability. J’s minimisers form a 1-dimensional set.',
    );
  });

  test('reference class 0: Newton’s minimiser moved along u = (−1, 0, 1) is another one, with the same J = 0.64916890207', () => {
    const objective = createObjective(LINE6, spec('reference'));
    const minimiser = newtonMinimiser(LINE6, spec('reference'));
    const moved = minimiser.map((v, j) => v + 2.5 * [-1, 0, 1][j]);
    const gradient = new Float64Array(3);
    const loss = objective.evaluate(moved, gradient);
    expect(objective.evaluate(minimiser)).toBeCloseTo(0.6491689020703171, 12);
    expect(loss).toBeCloseTo(0.6491689020703171, 12);
    expect(Math.max(...gradient.map(Math.abs))).toBeLessThan(1e-10);
    expect(Math.abs(moved[0] - minimiser[0])).toBe(2.5);
  });
});

describe('the biases, where L2 does not reach them', () => {
  test('reference class 2, L2 on the weights only, separable points: exactly one minimiser, held by the points and the fixed row, not by λ on every entry', () => {
    const generated = generatePreset('separable', { classes: 3, count: 60, noise: 0.5, seed: 1 });
    const data = toDataset(generated.points, 3);
    const separation = classifySeparation(data);
    expect(separation).toBe('completelySeparable');
    const objective = spec('reference', 0.01, false, 2);
    const existence = minimiserExistence(data, separation, objective);
    expect(existence).toEqual({ kind: 'exists', minimisers: 'unique', heldBy: 'referenceAndWeights' });
    if (existence.kind !== 'exists') return;
    const sentence = existenceSentence(existence, separation, '0.01');
    expect(sentence).toBe(
      'Without L2, J would have no minimiser; here it has exactly one, a finite θ*: λ = 0.01 holds the weights, a point in every class holds the biases (not penalised), and the fixed row leaves no shift.',
    );
    expect(sentence).not.toMatch(/every entry|stays finite/);
    // The claim, by the engine: Newton reaches a finite minimiser, and its Hessian there has no zero eigenvalue.
    const minimiser = newtonMinimiser(data, objective);
    expect(minimiser.every(Number.isFinite)).toBe(true);
    expect(flatDirections(data, objective, minimiser)).toBe(0);
  });

  test('L2 on every entry: exactly one, a claim about J’s minimiser, not about the run', () => {
    const existence = { kind: 'exists', minimisers: 'unique', heldBy: 'l2' } as const;
    expect(existenceSentence(existence, 'completelySeparable', '0.01')).toBe('Without L2, J would have no minimiser; λ = 0.01 on every entry gives it exactly one, a finite θ*.');
    expect(existenceSentence(existence, null, '0.01')).toBe('λ = 0.01 on every entry gives J exactly one minimiser, a finite θ*.');
  });

  const overlappingTwoOfThree = () => toDataset(generatePreset('overlapping', { classes: 2, count: 100, noise: 0.8, seed: 1 }).points, 3);

  test('the reference class empty: every other bias rises together for ever', () => {
    const data = overlappingTwoOfThree();
    const objective = spec('reference', 0.01, false, 2);
    const existence = minimiserExistence(data, classifySeparation(data), objective);
    expect(existence).toEqual({ kind: 'none', reason: 'emptyReferenceClass', emptyClass: 2 });
    expect(noMinimiserCause('emptyReferenceClass', 2)).toBe(
      'class 2 has no points and is the reference class, fixed at 0: raising every other class’s bias together lowers J for ever',
    );
    // At any θ, raising b₀ and b₁ together lowers J: the slope is −(mean of P(class 2)) < 0.
    const j = createObjective(data, objective);
    for (const free of [new Float64Array(6), farAlongDescent(data)]) {
      const gradient = new Float64Array(6);
      j.evaluate(free, gradient);
      expect(gradient[0] + gradient[3]).toBeLessThan(0);
    }
  });

  test('an empty class that is not the reference one is named, as its own bias falls', () => {
    const data = overlappingTwoOfThree();
    expect(minimiserExistence(data, classifySeparation(data), spec('reference', 0.01, false, 0))).toEqual({ kind: 'none', reason: 'emptyClass', emptyClass: 2 });
  });
});

/** A θ far along the run: GD's 2,000 steps at η = 0.5 (the biases of classes 0 and 1 have risen well above 0). */
function farAlongDescent(data: Dataset): Float64Array {
  const trainer = createTrainer(data, { objective: spec('reference', 0.01, false, 2), optimizer: { ...DEFAULT_OPTIMIZER_SETTINGS, kind: 'gd', learningRate: 0.5 }, init: DEFAULT_INIT, tolerance: 0 });
  for (let t = 0; t < 2000; t++) trainer.advance();
  const free = trainer.free();
  expect(free[0] + free[3]).toBeGreaterThan(2);
  return free;
}
