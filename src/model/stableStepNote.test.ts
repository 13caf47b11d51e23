import { describe, expect, it } from 'vitest';
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

  it('without a minimiser: says there is none, why, and that hₘₐₓ → 0 along the path under separation', () => {
    expect(minimiserLimitSentence({ ...facts, atMinimiser: { kind: 'none', reason: 'quasiCompletelySeparated', emptyClass: null } })).toMatch(
      /^J has no minimiser \(the data are quasi-completely separated and λ = 0: .*\), so no step limit at a minimiser decides convergence\. Along GD’s path hₘₐₓ → 0, so every η is eventually locally stable\.$/,
    );
    expect(minimiserLimitSentence({ ...facts, atMinimiser: { kind: 'none', reason: 'emptyClass', emptyClass: 3 } })).not.toMatch(/hₘₐₓ → 0/);
    expect(minimiserLimitSentence({ ...facts, atMinimiser: null })).toMatch(/^Finding the minimiser θ\*/);
  });

  it('for other optimisers it says the limits are plain GD’s', () => {
    expect(stableStepText({ ...facts, optimizer: 'gd', miniBatch: false })).toBe(`${minimiserLimitSentence(facts)} ${localLimitSentence(1.3629)}`);
    expect(stableStepText({ ...facts, optimizer: 'momentum', miniBatch: false })).toMatch(/^For plain gradient descent: .*its own limit is a different one\.$/);
    expect(stableStepText({ ...facts, optimizer: 'sgd', miniBatch: true })).toMatch(/guide but do not decide here\.$/);
  });
});
