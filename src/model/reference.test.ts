// The engine against optima computed independently (testing/reference/README.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePointsCsv } from './csv';
import { toDataset } from './dataset';
import { generatePreset } from './datasets/presets';
import { symmetricEigen } from './eigen';
import { initialTheta, DEFAULT_INIT } from './initialization';
import { createObjective, type Objective, type ObjectiveSpec } from './objective';
import { createOptimizer, DEFAULT_OPTIMIZER_SETTINGS, type OptimizerKind } from './optimizers';
import { combineInto, createSplitPoint, splitInto } from './splitPoint';
import { expand, identifiablePart, maxNorm, redundantComponent, restrict, ROW } from './parameters';
import { isLinearlySeparable } from './separability';

interface ReferenceCase {
  readonly parametrization: 'full' | 'reference';
  readonly referenceClass: number;
  readonly l2: number;
  readonly penalizeBias: boolean;
  readonly theta: number[][];
  readonly loss: number;
  readonly probabilities: number[][];
  readonly hessianEigenvalues: number[];
}

const referenceFile = (name: string) => readFileSync(new URL(`./testing/reference/${name}`, import.meta.url), 'utf8');
const blobsCsv = parsePointsCsv(referenceFile('three-blobs.csv'), 'three-blobs.csv');
const threeBlobs = toDataset(blobsCsv.points, blobsCsv.classes);
const cases = (JSON.parse(referenceFile('three-blobs.ref.json')) as { cases: ReferenceCase[] }).cases;

function spec(c: Pick<ReferenceCase, 'parametrization' | 'referenceClass' | 'l2' | 'penalizeBias'>): ObjectiveSpec {
  return { parametrization: { kind: c.parametrization, referenceClass: c.referenceClass }, l2: c.l2, penalizeBias: c.penalizeBias };
}

/** Runs an optimiser on `free` in place until ‖∇J‖∞ ≤ tolerance; returns the number of steps taken. */
function minimise(objective: Objective, free: Float64Array, kind: OptimizerKind, tolerance: number, maxSteps: number): number {
  const optimizer = createOptimizer(kind, objective.dimension, 1);
  const settings = { ...DEFAULT_OPTIMIZER_SETTINGS, kind };
  const point = createSplitPoint(objective.dimension);
  splitInto(free, objective.spec.parametrization.kind, point);
  for (let step = 0; step < maxSteps; step++) {
    const converged = optimizer.step(point, objective, settings, tolerance).converged;
    combineInto(point, free);
    if (converged) return step;
  }
  throw new Error(`${kind} did not reach ‖∇J‖∞ ≤ ${tolerance} in ${maxSteps} steps (now ${gradientMaxNorm(objective, free)})`);
}

function gradientMaxNorm(objective: Objective, free: Float64Array): number {
  const gradient = new Float64Array(objective.dimension);
  objective.evaluate(free, gradient);
  return maxNorm(gradient);
}

function largestDifference(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  expect(actual.length).toBe(expected.length);
  let largest = 0;
  for (let i = 0; i < actual.length; i++) largest = Math.max(largest, Math.abs(actual[i] - expected[i]));
  return largest;
}

const describeCase = (c: ReferenceCase) =>
  `${c.parametrization}${c.parametrization === 'reference' ? ` r=${c.referenceClass}` : ''} λ=${c.l2}${c.penalizeBias ? ' bias penalised' : ''}`;

describe('the engine matches the independent reference optima on three-blobs', () => {
  it('uses the documented data: 150 points, 3 overlapping classes', () => {
    expect(threeBlobs.x1.length).toBe(150);
    expect(threeBlobs.classes).toBe(3);
    expect(isLinearlySeparable(threeBlobs)).toBe(false);
  });

  describe.each(cases.map((c) => [describeCase(c), c] as const))('%s', (_, c) => {
    const objective = createObjective(threeBlobs, spec(c));
    // The only unregularised optimum without a reference class that the engine and the reference share is the
    // one with the class-mean of the start, 0: Newton's pseudo-inverse and L-BFGS both keep it.
    const start = () => new Float64Array(objective.dimension);
    const pinsEveryEntry = c.parametrization === 'reference' || (c.l2 > 0 && c.penalizeBias);

    // Newton converges quadratically, so 50 steps are plenty; L-BFGS needs more.
    it.each<[OptimizerKind, number, number]>([
      ['newton', 1e-11, 50],
      ['lbfgs', 1e-10, 2000],
    ])('%s from θ = 0 reaches the same probabilities (1e-8), loss (1e-10), spectrum and θ', (kind, tolerance, maxSteps) => {
      const free = start();
      minimise(objective, free, kind, tolerance, maxSteps);
      expect(largestDifference(objective.probabilities(free), c.probabilities.flat())).toBeLessThan(1e-8);
      expect(Math.abs(objective.evaluate(free) - c.loss)).toBeLessThan(1e-10);
      const { values } = symmetricEigen(objective.hessian(free), objective.dimension);
      expect(largestDifference(values, c.hessianEigenvalues)).toBeLessThan(1e-8);
      const theta = expand(free, threeBlobs.classes, objective.spec.parametrization);
      const referenceTheta = Float64Array.from(c.theta.flat());
      // θ_k − m is identifiable in every set-up on non-separable data; all of θ only when every entry is pinned.
      expect(largestDifference(identifiablePart(theta, 3), identifiablePart(referenceTheta, 3))).toBeLessThan(1e-7);
      // With L2 on the weights only, the weights are pinned but the biases only up to a common shift.
      const pinned = (t: Float64Array) => (pinsEveryEntry ? Array.from(t) : c.l2 > 0 ? Array.from(t).filter((_, j) => j % ROW !== 0) : []);
      expect(largestDifference(pinned(theta), pinned(referenceTheta))).toBeLessThan(1e-7);
    });
  });
});

describe('full and reference parametrisations', () => {
  const overlapping = (() => {
    const { points, classes } = generatePreset('overlapping', { classes: 4, count: 200, noise: 1, seed: 5 });
    return toDataset(points, classes);
  })();

  it.each([
    ['three-blobs', threeBlobs],
    ['overlapping blobs, K = 4', overlapping],
  ])('reach the same probabilities without L2 on non-separable data (%s)', (_, data) => {
    expect(isLinearlySeparable(data)).toBe(false);
    const full = createObjective(data, spec({ parametrization: 'full', referenceClass: 0, l2: 0, penalizeBias: false }));
    const fullFree = new Float64Array(full.dimension);
    minimise(full, fullFree, 'newton', 1e-11, 50);
    for (let r = 0; r < data.classes; r++) {
      const reference = createObjective(data, spec({ parametrization: 'reference', referenceClass: r, l2: 0, penalizeBias: false }));
      const referenceFree = new Float64Array(reference.dimension);
      minimise(reference, referenceFree, 'newton', 1e-11, 50);
      expect(largestDifference(reference.probabilities(referenceFree), full.probabilities(fullFree))).toBeLessThan(1e-8);
    }
  });

  it('Newton with a reference class and λ = 0 reaches ‖∇J‖∞ ≤ 1e-10 on three-blobs within 10 steps', () => {
    const objective = createObjective(threeBlobs, spec({ parametrization: 'reference', referenceClass: 2, l2: 0, penalizeBias: false }));
    const free = new Float64Array(objective.dimension);
    expect(minimise(objective, free, 'newton', 1e-10, 10)).toBeLessThanOrEqual(10);
    expect(gradientMaxNorm(objective, free)).toBeLessThanOrEqual(1e-10);
  });

  it('Newton on the full, unregularised model keeps the class-mean m of a non-zero start (pseudo-inverse)', () => {
    const objective = createObjective(threeBlobs, spec({ parametrization: 'full', referenceClass: 0, l2: 0, penalizeBias: false }));
    const start = initialTheta(3, { ...DEFAULT_INIT, kind: 'random', seed: 11, offset: [2, -1, 0.5] });
    const free = restrict(start, 3, objective.spec.parametrization);
    const before = redundantComponent(free, 3);
    expect(Math.max(...before.map(Math.abs))).toBeGreaterThan(0.4);
    minimise(objective, free, 'newton', 1e-11, 50);
    expect(largestDifference(redundantComponent(free, 3), before)).toBeLessThan(1e-10);
    const optimum = cases.find((c) => c.parametrization === 'full' && c.l2 === 0)!;
    expect(largestDifference(objective.probabilities(free), optimum.probabilities.flat())).toBeLessThan(1e-8);
  });
});
