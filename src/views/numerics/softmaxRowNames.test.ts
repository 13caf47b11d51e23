import { describe, expect, test } from 'vitest';
import { softmaxRowNames } from './softmaxRowNames';

describe('the Numerics table’s row names', () => {
  test('at s = 1 the first row is z − m·x̃, not z: a lesson card’s z_k = θ_k·x̃ differs from it by m·x̃ (golden)', () => {
    expect(softmaxRowNames(1)).toEqual({
      start: 'z − m·x̃',
      shifted: 'z − max z',
      shiftedExps: 'exp(z − max z)',
      stable: 'stable',
      naiveExps: 'exp(z − m·x̃)',
      naive: 'naive',
    });
    expect(Object.values(softmaxRowNames(1))).not.toContain('z');
  });

  test('with the demonstration scale s ≠ 1, every row of logits says it is s times its quantity', () => {
    expect(softmaxRowNames(1000)).toEqual({
      start: 's·(z − m·x̃)',
      shifted: 's·(z − max z)',
      shiftedExps: 'exp(s·(z − max z))',
      stable: 'stable',
      naiveExps: 'exp(s·(z − m·x̃))',
      naive: 'naive',
    });
  });
});
