import { describe, expect, it } from 'vitest';
import { lesson13 } from './lesson13StableStep';
import { toDataset, type Point } from '../model/dataset';
import { minimiserStableStep } from '../model/minimiserStableStep';
import { classifySeparation } from '../model/separability';
import { createObjective, type ObjectiveSpec } from '../model/objective';

// Lesson 13's set-up: its nine points, λ = 0.1 on every entry (bias penalised), the full parametrisation.
const DATA = toDataset((lesson13.setup.points ?? []) as readonly Point[], 3);
const SPEC: ObjectiveSpec = { parametrization: { kind: 'full', referenceClass: 0 }, l2: 0.1, penalizeBias: true };
/** statements-to-fix.md row 2 (NumPy/SciPy): 2/hₘₐₓ(H(θ*)) = 1.5137, J* = 0.77017. */
const LIMIT = 1.5137228;

/** J after `steps` plain GD steps from θ = 0. */
function lossAfterDescent(learningRate: number, steps: number): number {
  const objective = createObjective(DATA, SPEC);
  const gradient = new Float64Array(objective.dimension);
  let theta = new Float64Array(objective.dimension);
  for (let t = 0; t < steps; t++) {
    objective.evaluate(theta, gradient);
    theta = theta.map((value, j) => value - learningRate * gradient[j]);
  }
  return objective.evaluate(theta);
}

describe('the step limit at the minimiser, 2/hₘₐₓ(H(θ*))', () => {
  const found = minimiserStableStep(DATA, SPEC, undefined, classifySeparation(DATA));

  it('is 1.5137… on lesson 13’s points, with J* = 0.77017', () => {
    expect(found.kind).toBe('found');
    if (found.kind !== 'found') return;
    expect(found.rate).toBeCloseTo(LIMIT, 6);
    expect(found.loss).toBeCloseTo(0.77017, 5);
  });

  it('decides convergence: GD from zeros at 0.99× reaches J*, at 1.01× it never does', () => {
    // At 0.99× the slowest factor near θ* is |1 − 0.99·2| = 0.98: 5,000 steps take the error to rounding level.
    expect(lossAfterDescent(0.99 * LIMIT, 5000) - 0.7701714).toBeLessThan(1e-6);
    // At 1.01× θ* repels along its top eigenvector: GD settles into a 2-cycle above J*, at either point of it.
    const above = [lossAfterDescent(1.01 * LIMIT, 5000), lossAfterDescent(1.01 * LIMIT, 5001)];
    for (const loss of above) expect(loss - 0.7701714).toBeGreaterThan(1e-3);
  });

  it('is the same from any start: every minimiser has the same Hessian', () => {
    const from = minimiserStableStep(DATA, SPEC, Float64Array.from({ length: 9 }, (_, j) => (j % 2 === 0 ? 3 : -2)), classifySeparation(DATA));
    expect(from.kind === 'found' && from.rate).toBeCloseTo(LIMIT, 6);
    expect(from.kind === 'found' && found.kind === 'found' && Math.abs(from.rate - found.rate)).toBeLessThan(1e-9);
  });

  it('does not exist where J has no minimiser, and says why', () => {
    const quasi = toDataset(
      [[0, 0, 0], [-1, 1, 0], [-1, -1, 0], [-2, 0, 0], [0, 0, 1], [1, 1, 1], [1, -1, 1], [2, 0, 1]].map(([x1, x2, label]) => ({ x1, x2, label })),
      2,
    );
    expect(minimiserStableStep(quasi, { ...SPEC, l2: 0 }, undefined, classifySeparation(quasi))).toEqual({ kind: 'none', reason: 'quasiCompletelySeparated', emptyClass: null });
    expect(minimiserStableStep(toDataset([], 3), SPEC, undefined, 'noPoints')).toEqual({ kind: 'noPoints' });
    expect(minimiserStableStep(DATA, { ...SPEC, l2: 0 }, undefined, classifySeparation(DATA))).toEqual({ kind: 'none', reason: 'completelySeparable', emptyClass: null });
  });
});
