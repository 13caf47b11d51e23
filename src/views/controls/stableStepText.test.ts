import { describe, expect, it } from 'vitest';
import { stableStepText } from './stableStepText';

describe('the sentence under the Learning rate field', () => {
  it('for GD: states 2/λmax, what happens above it, and on which side η is', () => {
    expect(stableStepText({ optimizer: 'gd', learningRate: 0.5, stableRate: 1.5137, miniBatch: false })).toBe(
      'Near θ, gradient descent is stable for η < 2/λmax(H) ≈ 1.514; above it the iterates oscillate along the top eigenvector of H and grow. η = 0.500 is below it.',
    );
    expect(stableStepText({ optimizer: 'gd', learningRate: 2, stableRate: 1.5137, miniBatch: false })).toMatch(/η = 2\.000 is not below it\.$/);
  });

  it('full-batch SGD is GD; mini-batches, momentum and Adam are told the mark is plain GD’s', () => {
    expect(stableStepText({ optimizer: 'sgd', learningRate: 2, stableRate: 1, miniBatch: false })).toMatch(/is not below it\.$/);
    expect(stableStepText({ optimizer: 'sgd', learningRate: 2, stableRate: 1, miniBatch: true })).toMatch(/a guide here, not an exact limit\.$/);
    expect(stableStepText({ optimizer: 'momentum', learningRate: 2, stableRate: 1, miniBatch: false })).toMatch(/its own limit is a different one\.$/);
    expect(stableStepText({ optimizer: 'adam', learningRate: 2, stableRate: 1, miniBatch: false })).toMatch(/does not bound its steps\.$/);
  });

  it('says so when no stable step can be computed', () => {
    expect(stableStepText({ optimizer: 'gd', learningRate: 1, stableRate: null, miniBatch: false })).toMatch(/^No stable step can be computed here/);
  });
});
