import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { stableLearningRate, stableLearningRateAt } from './stableStep';
import { arbitraryDataset, arbitraryVector, fullObjective } from './testing/fixtures';

// Lesson 13's golden 2/λmax on its own data set, and GD either side of it, are tested beside the lesson
// (src/lessons/lesson13StableStep.test.ts): the model imports nothing from the lessons.
describe('the stable step size 2/λmax(H)', () => {
  it('is 2 over the largest eigenvalue; zero eigenvalues do not limit it', () => {
    expect(stableLearningRate(Float64Array.of(4, 0, 0, 0), 2)).toBe(0.5);
    expect(stableLearningRate(Float64Array.of(0, 0, 0, 0), 2)).toBeNull();
    expect(stableLearningRate(Float64Array.of(Number.NaN, 0, 0, 1), 2)).toBeNull();
  });

  test.prop([arbitraryDataset(), arbitraryVector(15)])('over-parameterised (λ = 0), at any θ it is finite and positive: H has a positive eigenvalue', (data, vector) => {
    const objective = fullObjective(data);
    const free = vector.subarray(0, objective.dimension);
    const rate = stableLearningRateAt(objective, Float64Array.from(free));
    expect(rate).not.toBeNull();
    expect(rate).toBeGreaterThan(0);
    expect(Number.isFinite(rate)).toBe(true);
  });

  test.prop([fc.double({ min: 0.1, max: 100, noNaN: true })])('scales as 1/s when H is multiplied by s', (s) => {
    const base = stableLearningRate(Float64Array.of(3, 1, 1, 2), 2) ?? Number.NaN;
    expect(stableLearningRate(Float64Array.of(3 * s, s, s, 2 * s), 2)).toBeCloseTo(base / s, 10);
  });
});
