import { describe, expect, it } from 'vitest';
import { toDataset, type Point } from '../model/dataset';
import { symmetricEigen } from '../model/eigen';
import { DEFAULT_INIT } from '../model/initialization';
import { createObjective, type ObjectiveSpec } from '../model/objective';
import { DEFAULT_OPTIMIZER_SETTINGS } from '../model/optimizers';
import { stableLearningRateAt } from '../model/stableStep';
import { createTrainer } from '../model/trainer';
import { lesson13 } from './lesson13StableStep';

// Lesson 13's nine points in three overlapping classes, L2 on every entry: H is positive definite, so the optimum
// is unique. The golden 2/λmax below is the number the lesson quotes.
const DATA = toDataset((lesson13.setup.points ?? []) as readonly Point[], 3);
const SPEC: ObjectiveSpec = { parametrization: { kind: 'full', referenceClass: 0 }, l2: 0.1, penalizeBias: true };

/** The optimum, found by Newton's method (quadratic convergence, no step size to choose). */
function optimum(): Float64Array {
  const trainer = createTrainer(DATA, {
    objective: SPEC,
    optimizer: { ...DEFAULT_OPTIMIZER_SETTINGS, kind: 'newton' },
    init: { ...DEFAULT_INIT, kind: 'zeros' },
    tolerance: 1e-14,
  });
  for (let i = 0; i < 50 && !trainer.advance().converged; i++);
  return trainer.theta();
}

/** `steps` plain GD steps θ ← θ − η∇J from `start`; returns every iterate. */
function descend(start: Float64Array, learningRate: number, steps: number): Float64Array[] {
  const objective = createObjective(DATA, SPEC);
  const gradient = new Float64Array(objective.dimension);
  const path = [Float64Array.from(start)];
  for (let t = 0; t < steps; t++) {
    const theta = path[path.length - 1];
    objective.evaluate(theta, gradient);
    path.push(theta.map((value, j) => value - learningRate * gradient[j]));
  }
  return path;
}

const alongVector = (theta: Float64Array, origin: Float64Array, vector: Float64Array) => theta.reduce((sum, value, j) => sum + (value - origin[j]) * vector[j], 0);
const distance = (a: Float64Array, b: Float64Array) => Math.hypot(...a.map((value, j) => value - b[j]));

describe('lesson 13: the stable step size 2/λmax(H) on its data set', () => {
  const thetaStar = optimum();
  const objective = createObjective(DATA, SPEC);
  const eigen = symmetricEigen(objective.hessian(thetaStar), objective.dimension);
  const top = eigen.vectors.filter((_, i) => i % objective.dimension === objective.dimension - 1);
  const limit = stableLearningRateAt(objective, thetaStar) ?? Number.NaN;
  // Started 10⁻³ along the top eigenvector, where the quadratic model of J holds.
  const start = thetaStar.map((value, j) => value + 1e-3 * top[j]);

  it('is pinned for this data set at its optimum', () => {
    expect(limit).toBeCloseTo(1.5137228, 6);
  });

  it('GD converges just below it: 0.95·2/λmax takes the start back to the optimum', () => {
    const path = descend(start, 0.95 * limit, 400);
    expect(distance(path[400], thetaStar)).toBeLessThan(1e-12);
  });

  it('GD oscillates along the top eigenvector and grows just above it: 1.05·2/λmax', () => {
    const path = descend(start, 1.05 * limit, 60);
    const along = path.map((theta) => alongVector(theta, thetaStar, top));
    // The sign alternates at every step (1 − ηλmax ≈ −1.1) and the size grows.
    for (let t = 1; t < along.length; t++) expect(Math.sign(along[t])).toBe(-Math.sign(along[t - 1]));
    expect(Math.abs(along[60])).toBeGreaterThan(50 * Math.abs(along[0]));
  });

  it('the lab’s trainer running GD from zeros reaches the optimum at 0.95·2/λmax, and does not at 1.05·2/λmax', () => {
    const run = (learningRate: number) => {
      const trainer = createTrainer(DATA, {
        objective: SPEC,
        optimizer: { ...DEFAULT_OPTIMIZER_SETTINGS, kind: 'gd', learningRate },
        init: { ...DEFAULT_INIT, kind: 'zeros' },
        tolerance: 0,
      });
      for (let i = 0; i < 2000; i++) trainer.advance();
      return distance(trainer.theta(), thetaStar);
    };
    expect(run(0.95 * limit)).toBeLessThan(1e-9);
    expect(run(1.05 * limit)).toBeGreaterThan(1e-3);
  });
});
