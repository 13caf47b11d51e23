import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createObjective } from '../objective';
import { ROW, expand, maxNorm, redundantComponent } from '../parameters';
import { combineInto, createSplitPoint, splitInto } from '../splitPoint';
import { arbitraryDataset, arbitraryVector, fullObjective } from '../testing/fixtures';
import { createOptimizer, DEFAULT_OPTIMIZER_SETTINGS, OPTIMIZER_KINDS, OPTIMIZERS, type OptimizerKind } from '.';

const withTheta = arbitraryDataset().chain((data) => fc.tuple(fc.constant(data), arbitraryVector(ROW * data.classes, 1.5)));

function run(kind: OptimizerKind, free: Float64Array, objective: ReturnType<typeof fullObjective>, steps: number, overrides = {}) {
  const settings = { ...DEFAULT_OPTIMIZER_SETTINGS, kind, batchSize: 4, ...overrides };
  const optimizer = createOptimizer(kind, objective.dimension, 7);
  const point = createSplitPoint(objective.dimension);
  splitInto(free, objective.spec.parametrization.kind, point);
  const results = [];
  for (let i = 0; i < steps; i++) results.push(optimizer.step(point, objective, settings, 0));
  combineInto(point, free);
  return results;
}

describe('optimisers and the redundant class-mean', () => {
  const keepingClassMean = OPTIMIZER_KINDS.filter((kind) => !OPTIMIZERS[kind].movesClassMean);
  test.prop([withTheta, fc.constantFrom(...keepingClassMean), fc.constantFrom<'pseudoinverse' | 'damping'>('pseudoinverse', 'damping')])(
    'without L2, every optimiser whose entry says it keeps m leaves m exactly as it was, step after step',
    ([data, theta], kind, newtonTreatment) => {
      const objective = fullObjective(data);
      const optimizer = createOptimizer(kind, objective.dimension, 3);
      const point = createSplitPoint(objective.dimension);
      splitInto(theta, 'full', point);
      const before = Array.from(point.offset);
      for (let i = 0; i < 20; i++) optimizer.step(point, objective, { ...DEFAULT_OPTIMIZER_SETTINGS, batchSize: 4, newtonTreatment }, 0);
      expect(Array.from(point.offset)).toEqual(before);
    },
  );

  // With K = 2 the two gradient rows are mirror images, so Adam scales them alike and m stays: K ≥ 3 here.
  const withThreeOrMoreClasses = arbitraryDataset(fc.integer({ min: 3, max: 6 })).chain((data) =>
    fc.tuple(fc.constant(data), arbitraryVector(ROW * data.classes, 1.5)),
  );

  const movingClassMean = OPTIMIZER_KINDS.filter((kind) => OPTIMIZERS[kind].movesClassMean);
  test.prop([withThreeOrMoreClasses, fc.constantFrom(...movingClassMean)])('without L2 and with K ≥ 3, every optimiser whose entry says it moves m moves the class-mean m', ([data, theta], kind) => {
    const free = Float64Array.from(theta);
    const before = redundantComponent(free, data.classes);
    run(kind, free, fullObjective(data), 20, { learningRate: 0.05 });
    const after = redundantComponent(free, data.classes);
    expect(Math.max(...after.map((m, i) => Math.abs(m - before[i])))).toBeGreaterThan(1e-6);
  });

  test.prop([withTheta, fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 0.5, noNaN: true })])(
    'with L2 on every entry, one GD step multiplies m by (1 − ηλ)',
    ([data, theta], l2, learningRate) => {
      const free = Float64Array.from(theta);
      const before = redundantComponent(free, data.classes);
      run('gd', free, fullObjective(data, l2, true), 1, { learningRate });
      const after = redundantComponent(free, data.classes);
      before.forEach((m, i) => expect(Math.abs(after[i] - (1 - learningRate * l2) * m)).toBeLessThan(1e-12));
    },
  );

  test.prop([withTheta, fc.constantFrom(true, false)])(
    'at the L2 optimum the rows of θ sum to zero (the bias entry only if the bias is penalised)',
    ([data, theta], penalizeBias) => {
      const objective = fullObjective(data, 0.1, penalizeBias);
      const free = Float64Array.from(theta);
      const steps = run('newton', free, objective, 40);
      expect(steps.at(-1)!.gradMaxNorm).toBeLessThan(1e-9);
      const sum = redundantComponent(free, data.classes).map((m) => m * data.classes);
      expect(Math.abs(sum[1])).toBeLessThan(1e-8);
      expect(Math.abs(sum[2])).toBeLessThan(1e-8);
      if (penalizeBias) expect(Math.abs(sum[0])).toBeLessThan(1e-8);
    },
  );

  // Without L2 a minimiser exists only on non-separable data: that case is checked on the reference data set.
  test.prop([arbitraryDataset(), fc.constantFrom<'reference' | 'l2'>('reference', 'l2')])(
    'from θ = 0, Newton reaches ‖∇J‖∞ ≤ 1e-10 within 8 steps with full L2, with or without a reference class',
    (data, setUp) => {
      const objective =
        setUp === 'reference'
          ? createObjective(data, { parametrization: { kind: 'reference', referenceClass: 0 }, l2: 0.05, penalizeBias: true })
          : fullObjective(data, 0.05, true);
      const free = new Float64Array(objective.dimension);
      const steps = run('newton', free, objective, 8);
      const gradient = new Float64Array(objective.dimension);
      objective.evaluate(free, gradient);
      expect(maxNorm(gradient)).toBeLessThanOrEqual(1e-10);
      expect(steps[0].hessian?.treatment).toBe('inverse');
    },
  );

  test.prop([withTheta, fc.constantFrom<'pseudoinverse' | 'damping'>('pseudoinverse', 'damping')])(
    'Newton on the singular full Hessian reports it and still decreases J with finite steps',
    ([data, theta], newtonTreatment) => {
      const objective = fullObjective(data);
      const free = Float64Array.from(theta);
      const steps = run('newton', free, objective, 5, { newtonTreatment });
      expect(steps[0].hessian).toEqual({ zeroEigenvalues: 3, treatment: newtonTreatment });
      expect(free.every(Number.isFinite)).toBe(true);
      for (let i = 1; i < steps.length; i++) expect(steps[i].loss).toBeLessThanOrEqual(steps[i - 1].loss + 1e-12);
    },
  );

  test.prop([withTheta, fc.constantFrom(...OPTIMIZER_KINDS)])(
    'every optimiser stays put once ‖∇J‖∞ is within the tolerance',
    ([data, theta], kind) => {
      const objective = fullObjective(data, 0.1, true);
      const free = Float64Array.from(theta);
      const optimizer = createOptimizer(kind, objective.dimension, 1);
      const point = createSplitPoint(objective.dimension);
      splitInto(free, 'full', point);
      const before = Float64Array.from(point.free);
      const result = optimizer.step(point, objective, DEFAULT_OPTIMIZER_SETTINGS, Infinity);
      expect(result.converged).toBe(true);
      expect(result.stepLength).toBe(0);
      expect(Array.from(point.free)).toEqual(Array.from(before));
    },
  );

  test('L-BFGS converges on a regularised problem', () => {
    fc.assert(
      fc.property(withTheta, ([data, theta]) => {
        const objective = fullObjective(data, 0.05, true);
        const free = Float64Array.from(theta);
        run('lbfgs', free, objective, 200);
        const gradient = new Float64Array(objective.dimension);
        objective.evaluate(free, gradient);
        expect(maxNorm(gradient)).toBeLessThan(1e-8);
        expect(expand(free, data.classes, objective.spec.parametrization).every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
