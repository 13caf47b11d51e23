import { describe, expect, it } from 'vitest';
import { toDataset } from './dataset';
import { DEFAULT_INIT } from './initialization';
import { minimiserStableStep } from './minimiserStableStep';
import { createObjective, type ObjectiveSpec } from './objective';
import { DEFAULT_OPTIMIZER_SETTINGS } from './optimizers';
import { classifySeparation } from './separability';
import { stableLearningRateAt } from './stableStep';
import { createTrainer } from './trainer';
import { localLimitSentence, minimiserLimitSentence, stableStepText } from './stableStepNote';

const FOUND = { kind: 'found', rate: 1.5137228, loss: 0.77017 } as const;
const facts = { learningRate: 1.45, l2: 0.1, local: 1.3629, atMinimiser: FOUND };

describe('the step-limit sentences', () => {
  it('η = 1.45 on lesson 13: below the limit at θ*, so it converges, though above the local limit at the start', () => {
    expect(minimiserLimitSentence(facts)).toBe('GD converges to the minimiser θ* only for η below 2/hₘₐₓ(H(θ*)) = 1.5137. η = 1.45 is below it: from close enough, GD converges.');
    expect(localLimitSentence(1.3629)).toBe(
      'At the current θ, 2/hₘₐₓ(H(θ)) = 1.3629: the limit of the quadratic model here, a local guide that moves with θ and can be wrong both ways.',
    );
  });

  it('above it: a bounded oscillation, or divergence where ηλ > 2 makes the L2 part grow', () => {
    expect(minimiserLimitSentence({ ...facts, learningRate: 2.2 })).toMatch(/η = 2\.2 is above it: .* settle into a bounded oscillation \(typically a 2-cycle\) instead of converging\.$/);
    expect(minimiserLimitSentence({ ...facts, learningRate: 25 })).toMatch(/η·λ = 2\.500 > 2: .* so GD diverges\.$/);
    expect(minimiserLimitSentence({ ...facts, learningRate: 2.2 })).not.toMatch(/grow/);
  });

  it('without a minimiser: says there is none and why; hₘₐₓ → 0 along the path only under complete separation', () => {
    expect(minimiserLimitSentence({ ...facts, atMinimiser: { kind: 'none', reason: 'completelySeparable', emptyClass: null } })).toMatch(
      /^J has no minimiser \(the data are completely separable and λ = 0: .*\), so no step limit at a minimiser decides convergence\. Along GD’s path hₘₐₓ → 0, so every η is eventually locally stable\.$/,
    );
    const quasi = minimiserLimitSentence({ ...facts, atMinimiser: { kind: 'none', reason: 'quasiCompletelySeparated', emptyClass: null } });
    expect(quasi).toMatch(
      /^J has no minimiser \(the data are quasi-completely separated and λ = 0: .*\)\. The points on a boundary keep J curved: as J nears its lowest value, hₘₐₓ tends to a positive limit h∞, not 0, and GD with η above 2\/h∞ keeps oscillating\.$/,
    );
    expect(quasi).not.toMatch(/hₘₐₓ → 0|eventually locally stable/);
    expect(minimiserLimitSentence({ ...facts, atMinimiser: { kind: 'none', reason: 'emptyClass', emptyClass: 3 } })).not.toMatch(/hₘₐₓ → 0/);
    expect(minimiserLimitSentence({ ...facts, atMinimiser: null })).toMatch(/^Finding the minimiser θ\*/);
  });

  describe('quasi-complete separation (λ = 0): hₘₐₓ does not go to 0, and a step above 2/h∞ keeps oscillating', () => {
    // The review's quasi9: the points on x1 = 0 are on the boundary of the classifier that gets every other point right.
    const QUASI9 = toDataset(
      [[-1, 0, 0], [-1, 1, 0], [-2, -1, 0], [0, 0, 0], [0, 1, 0], [1, 0, 1], [1, 1, 1], [2, -1, 1], [0, 0.5, 1]].map(([x1, x2, label]) => ({ x1, x2, label })),
      2,
    );
    const SPEC: ObjectiveSpec = { parametrization: { kind: 'full', referenceClass: 0 }, l2: 0, penalizeBias: true };
    /**
     * J's infimum: along the classifier that gets the others right, only the three points on x1 = 0 keep a loss, and
     * the best fit of them (labels 0, 0, 1 at x2 = 0, 1, 0.5) is P(class 1) = 1/3 at each: J → (2 ln(3/2) + ln 3) / 9.
     */
    const INFIMUM = (2 * Math.log(1.5) + Math.log(3)) / 9;
    const descend = (learningRate: number, steps: number) => {
      const trainer = createTrainer(QUASI9, { objective: SPEC, optimizer: { ...DEFAULT_OPTIMIZER_SETTINGS, kind: 'gd', learningRate }, init: DEFAULT_INIT, tolerance: 0 });
      for (let t = 0; t < steps; t++) trainer.advance();
      return trainer;
    };

    it('is quasi-completely separated, so J has no minimiser', () => {
      expect(minimiserStableStep(QUASI9, SPEC, undefined, classifySeparation(QUASI9))).toEqual({ kind: 'none', reason: 'quasiCompletelySeparated', emptyClass: null });
    });

    it('η = 10: J nears its lowest value, and 2/hₘₐₓ tends to 10.49, not ∞', () => {
      const trainer = descend(10, 20_000);
      expect(trainer.evaluate().loss - INFIMUM).toBeLessThan(1e-5);
      expect(stableLearningRateAt(createObjective(QUASI9, SPEC), trainer.free())).toBeCloseTo(10.49, 2);
    });

    it('η = 11, above 2/h∞: J keeps alternating far above its lowest value', () => {
      const trainer = descend(11, 20_000);
      const [a, b] = [trainer.advance().loss, trainer.advance().loss];
      expect(Math.min(a, b) - INFIMUM).toBeGreaterThan(0.01);
      expect(Math.abs(a - b)).toBeGreaterThan(1e-3);
    });
  });

  it('for other optimisers it says the limits are plain GD’s', () => {
    expect(stableStepText({ ...facts, optimizer: 'gd', miniBatch: false })).toBe(`${minimiserLimitSentence(facts)} ${localLimitSentence(1.3629)}`);
    expect(stableStepText({ ...facts, optimizer: 'momentum', miniBatch: false })).toMatch(/^For plain gradient descent: .*its own limit is a different one\.$/);
    expect(stableStepText({ ...facts, optimizer: 'sgd', miniBatch: true })).toMatch(/guide but do not decide here\.$/);
  });
});
