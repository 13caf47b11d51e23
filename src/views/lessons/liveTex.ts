import { formatNumber } from '../common/format';

/**
 * A number as TeX, with formatNumber's digits: an ASCII minus (KaTeX typesets it as a minus sign), "1.5e−4" as
 * 1.5 × 10^{-4}, ∞ as \infty and NaN as \text{NaN}.
 */
export function texNumber(value: number, digits = 3): string {
  if (Number.isNaN(value)) return String.raw`\text{NaN}`;
  const text = formatNumber(value, digits).replace(/\u2212/g, '-').replace('∞', String.raw`\infty`);
  const [mantissa, exponent] = text.split('e');
  return exponent === undefined ? text : String.raw`${mantissa} \times 10^{${exponent}}`;
}

/** A vector as TeX: (a,\ b,\ c). */
export function texVector(values: readonly number[], digits = 3): string {
  return String.raw`\left(${values.map((value) => texNumber(value, digits)).join(String.raw`,\ `)}\right)`;
}

/** Lesson 1's formula with one point's numbers: x̃, the logits, exp(z_k − max z) and P, which sum to one. */
export function softmaxLiveTex(x1: number, x2: number, logits: readonly number[], shiftedExps: readonly number[], probabilities: readonly number[]): string {
  const sum = probabilities.reduce((total, p) => total + p, 0);
  return String.raw`\begin{aligned}
\tilde x &= ${texVector([1, x1, x2])} \\
z_k = \theta_k \cdot \tilde x:\quad z &= ${texVector(logits)} \\
e^{z_k - \max_j z_j} &= ${texVector(shiftedExps)} \\
P(y = k \mid x) &= ${texVector(probabilities)} \\
\textstyle\sum_k P(y = k \mid x) &= ${texNumber(sum)}
\end{aligned}`;
}

/**
 * Lesson 7's formula with one point's numbers (K = 2): the score (θ₁ − θ₀)·x̃, which is θ₁·x̃ while class 0 is the
 * reference (θ₀ = 0), σ of it, and the softmax P(y=1|x) beside it. The two agree for every θ when K = 2.
 */
export function sigmoidLiveTex(x1: number, x2: number, score: number, sigma: number, probability: number): string {
  return String.raw`\begin{aligned}
\tilde x &= ${texVector([1, x1, x2])} \\
(\theta_1 - \theta_0) \cdot \tilde x &= ${texNumber(score)} \quad (= \theta_1 \cdot \tilde x \text{ when } \theta_0 = 0) \\
\sigma\big((\theta_1 - \theta_0) \cdot \tilde x\big) &= ${texNumber(sigma, 4)} \\
\text{softmax } P(y = 1 \mid x) &= ${texNumber(probability, 4)}
\end{aligned}`;
}
