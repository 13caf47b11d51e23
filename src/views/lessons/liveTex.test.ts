import katex from 'katex';
import { describe, expect, test } from 'vitest';
import { sigmoidLiveTex, softmaxLiveTex, texNumber } from './liveTex';

describe('texNumber', () => {
  test.each([
    [-1.5, '-1.500'],
    [1.5e-4, String.raw`1.50 \times 10^{-4}`],
    [2.5e10, String.raw`2.50 \times 10^{10}`],
    [Infinity, String.raw`\infty`],
    [-Infinity, String.raw`-\infty`],
    [NaN, String.raw`\text{NaN}`],
    [0, '0'],
  ])('writes %d as %s', (value, tex) => expect(texNumber(value)).toBe(tex));
});

describe('the live formulas', () => {
  test('softmax: x̃, the logits, exp(z − max z) and P with their sum, in TeX KaTeX parses', () => {
    const tex = softmaxLiveTex(0.5, -1, [2, 0, -1], [1, Math.exp(-2), Math.exp(-3)], [0.84, 0.11, 0.05]);
    expect(tex).toContain(String.raw`\tilde x &= \left(1.000,\ 0.500,\ -1.000\right)`);
    expect(tex).toContain(String.raw`z &= \left(2.000,\ 0,\ -1.000\right)`);
    expect(tex).toContain(String.raw`\textstyle\sum_k P(y = k \mid x) &= 1.000`);
    expect(() => katex.renderToString(tex, { throwOnError: true, strict: 'error', displayMode: true })).not.toThrow();
  });

  test('sigmoid: the score (θ₁ − θ₀)·x̃, labelled as such, σ of it and the softmax P(y=1|x)', () => {
    const tex = sigmoidLiveTex(1, 2, 0.25, 0.5621765, 0.5621765);
    expect(tex).toContain(String.raw`(\theta_1 - \theta_0) \cdot \tilde x &= 0.250 \quad (= \theta_1 \cdot \tilde x \text{ when } \theta_0 = 0)`);
    expect(tex).toContain(String.raw`\sigma\big((\theta_1 - \theta_0) \cdot \tilde x\big) &= 0.5622`);
    expect(() => katex.renderToString(tex, { throwOnError: true, strict: 'error', displayMode: true })).not.toThrow();
  });
});
