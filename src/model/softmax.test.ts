import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { logSumExp, naiveSoftmax, softmax } from './softmax';

describe('softmax', () => {
  test.prop([fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 8 })])(
    'probabilities are finite, non-negative and sum to 1 for any finite logits',
    (logits) => {
      const p = softmax(logits);
      expect(p.every((value) => Number.isFinite(value) && value >= 0)).toBe(true);
      expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
    },
  );

  test.prop([
    fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 8 }),
    fc.double({ min: -1e3, max: 1e3, noNaN: true }),
  ])('adding the same constant to every logit changes no probability', (logits, shift) => {
    const before = softmax(logits);
    const after = softmax(logits.map((z) => z + shift));
    before.forEach((p, k) => expect(Math.abs(p - after[k])).toBeLessThan(1e-12));
  });

  test.prop([fc.array(fc.double({ min: -30, max: 30, noNaN: true }), { minLength: 1, maxLength: 8 })])(
    'the stable and the naive formula agree where the naive one does not overflow',
    (logits) => {
      const naive = naiveSoftmax(logits);
      softmax(logits).forEach((p, k) => expect(Math.abs(p - naive[k])).toBeLessThan(1e-12));
    },
  );

  test('logits of 1000 overflow the naive formula but not the stable one', () => {
    const logits = [1000, 999, 998];
    expect(naiveSoftmax(logits).some((p) => Number.isNaN(p))).toBe(true);
    const stable = softmax(logits);
    expect(stable.every(Number.isFinite)).toBe(true);
    expect(stable[0]).toBeCloseTo(1 / (1 + Math.exp(-1) + Math.exp(-2)), 14);
    expect(logSumExp(logits)).toBeCloseTo(1000 + Math.log(1 + Math.exp(-1) + Math.exp(-2)), 12);
  });
});
