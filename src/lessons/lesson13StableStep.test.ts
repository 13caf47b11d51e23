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

/**
 * GD from zeros at η on the lesson's points (or with λ = 0): J after each step, and 2/hₘₐₓ(H(θ)) at each θ (from θ₀;
 * only at the last one unless `everyStep`: each costs an eigen-decomposition).
 */
function localLimits(learningRate: number, steps: number, { l2 = SPEC.l2, everyStep = false } = {}) {
  const spec = { ...SPEC, l2 };
  const objective = createObjective(DATA, spec);
  const trainer = createTrainer(DATA, { objective: spec, optimizer: { ...DEFAULT_OPTIMIZER_SETTINGS, kind: 'gd', learningRate }, init: { ...DEFAULT_INIT, kind: 'zeros' }, tolerance: 0 });
  const limits = [stableLearningRateAt(objective, trainer.free()) ?? Number.NaN];
  const losses: number[] = [];
  for (let t = 0; t < steps; t++) {
    losses.push(trainer.advance().loss);
    if (everyStep || t === steps - 1) limits.push(stableLearningRateAt(objective, trainer.free()) ?? Number.NaN);
  }
  return { limits, losses };
}

describe('lesson 13’s sentences, by the engine', () => {
  const text = lesson13.paragraphs.join(' ');

  it('η = 1.53 is above the local limit at steps 0–3, below it from step 4 on, alternating 1.535 and 1.552, and never converges', () => {
    expect(text).toContain('$\\eta = 1.53$ is above the local limit for the first four steps, then below it at every step (it alternates 1.535 and 1.552');
    const { limits, losses } = localLimits(1.53, 3000, { everyStep: true });
    expect(limits.slice(0, 4).map((limit) => limit.toFixed(4))).toEqual(['1.3629', '1.2165', '1.4249', '1.4826']);
    expect(limits.slice(4).every((limit) => limit > 1.53)).toBe(true);
    expect(limits.slice(-2).map((limit) => limit.toFixed(3)).sort()).toEqual(['1.535', '1.552']);
    // The 2-cycle: J at every other step repeats, above J* = 0.77017.
    expect(Math.abs(losses[2999] - losses[2997])).toBeLessThan(1e-12);
    expect(Math.min(losses[2998], losses[2999]) - 0.77017).toBeGreaterThan(1e-3);
  });

  it('the oscillation above the limit is typically, not always, a 2-cycle: η = 5 never repeats with period 2, yet stays bounded', () => {
    expect(text).toContain('bounded oscillation (typically a 2-cycle)');
    const { losses } = localLimits(5, 20_000);
    const last = losses.slice(-6);
    expect(Math.max(...last.slice(2).map((loss, i) => Math.abs(loss - last[i])))).toBeGreaterThan(0.1);
    expect(Math.max(...losses.slice(-1000))).toBeLessThan(10);
  });

  it('only under complete separation (these points with λ = 0) does hₘₐₓ fall towards 0 along the path', () => {
    expect(text).toContain('because the data are completely separable (with $\\lambda = 0$)');
    expect(text).toContain('Under quasi-complete separation there is no minimiser either, but the points on a boundary keep $J$ curved');
    const { limits } = localLimits(3, 20_000, { l2: 0 });
    expect(limits.at(-1)).toBeGreaterThan(50);
  });
});
