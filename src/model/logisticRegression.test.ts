// Softmax regression with K = 2 and class 0 as the reference is logistic regression: checked against an
// independent fit written here in plain arrays, sharing no code with the engine.
import { describe, expect, it } from 'vitest';
import { toDataset, type Point } from './dataset';
import { generatePreset } from './datasets/presets';
import { iris } from './datasets/iris';
import { DEFAULT_INIT } from './initialization';
import { DEFAULT_OPTIMIZER_SETTINGS } from './optimizers';
import { isLinearlySeparable } from './separability';
import { createTrainer } from './trainer';

/**
 * Two-class logistic regression P(y=1|x) = σ(β·x̃), fitted by iteratively reweighted least squares in plain
 * arrays: β ← β + (X̃ᵀWX̃)⁻¹ X̃ᵀ(y − p) with W = diag(p(1 − p)). Shares no code with the engine.
 */
function logisticRegression(points: readonly Point[]): number[] {
  const beta = [0, 0, 0];
  const probability = (x: number[]) => 1 / (1 + Math.exp(-(beta[0] * x[0] + beta[1] * x[1] + beta[2] * x[2])));
  const rows = points.map((p) => [1, p.x1, p.x2]);
  for (let iteration = 0; iteration < 100; iteration++) {
    const information = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
    const score = [0, 0, 0];
    rows.forEach((x, n) => {
      const p = probability(x);
      for (let i = 0; i < 3; i++) {
        score[i] += (points[n].label - p) * x[i];
        for (let j = 0; j < 3; j++) information[i][j] += p * (1 - p) * x[i] * x[j];
      }
    });
    const change = solve3(information, score);
    for (let i = 0; i < 3; i++) beta[i] += change[i];
    if (Math.max(...change.map(Math.abs)) < 1e-14 * Math.max(1, ...beta.map(Math.abs))) return beta;
  }
  return beta;
}

/** A 3×3 linear system by Cramer's rule. */
function solve3(a: number[][], b: number[]): number[] {
  const det = (m: number[][]) =>
    m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) -
    m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
    m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  const d = det(a);
  return [0, 1, 2].map((column) => det(a.map((row, i) => row.map((value, j) => (j === column ? b[i] : value)))) / d);
}

describe('with K = 2 and reference class 0, softmax regression is logistic regression', () => {
  const versicolorVsVirginica = iris()
    .filter((p) => p.label > 0)
    .map((p) => ({ ...p, label: p.label - 1 }));

  it.each([
    ['the two-classes preset', generatePreset('two-classes', { classes: 2, count: 200, noise: 0.5, seed: 1 }).points],
    ['iris versicolor vs virginica (petals)', versicolorVsVirginica],
  ])('on %s: P(y=1|x) = σ(θ₁·x̃) to 1e-8', (_, points) => {
    const data = toDataset(points, 2);
    // Without L2 the optimum exists only on non-separable data.
    expect(isLinearlySeparable(data)).toBe(false);
    const trainer = createTrainer(data, {
      objective: { parametrization: { kind: 'reference', referenceClass: 0 }, l2: 0, penalizeBias: false },
      optimizer: { ...DEFAULT_OPTIMIZER_SETTINGS, kind: 'newton' },
      init: DEFAULT_INIT,
      tolerance: 1e-11,
    });
    let step = trainer.advance();
    for (let i = 0; i < 50 && !step.converged; i++) step = trainer.advance();
    expect(step.converged).toBe(true);
    const probabilities = trainer.objective.probabilities(trainer.free());
    const beta = logisticRegression(points);
    points.forEach((p, n) => {
      const logistic = 1 / (1 + Math.exp(-(beta[0] + beta[1] * p.x1 + beta[2] * p.x2)));
      expect(Math.abs(probabilities[2 * n + 1] - logistic)).toBeLessThan(1e-8);
    });
    // θ₁ is β itself (θ₀ = 0).
    const theta = trainer.theta();
    expect(Array.from(theta.subarray(0, 3))).toEqual([0, 0, 0]);
    beta.forEach((value, i) => expect(Math.abs(theta[3 + i] - value)).toBeLessThan(1e-7 * Math.max(1, Math.abs(value))));
  });
});
