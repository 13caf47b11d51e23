/**
 * Softmax with the max-subtraction trick: exp(z_k − max z) never overflows, and at least one term of the sum
 * is exactly 1, so the normaliser never underflows to 0. Writes P into `out` and returns log Σ_k exp(z_k).
 */
export function softmaxInto(logits: ArrayLike<number>, out: Float64Array | number[]): number {
  const k = logits.length;
  let max = -Infinity;
  for (let i = 0; i < k; i++) if (logits[i] > max) max = logits[i];
  let sum = 0;
  for (let i = 0; i < k; i++) {
    const e = Math.exp(logits[i] - max);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < k; i++) out[i] /= sum;
  return max + Math.log(sum);
}

export function softmax(logits: ArrayLike<number>): number[] {
  const out = new Array<number>(logits.length);
  softmaxInto(logits, out);
  return out;
}

/** log Σ_k exp(z_k), stable for any finite logits. */
export function logSumExp(logits: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) if (logits[i] > max) max = logits[i];
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (let i = 0; i < logits.length; i++) sum += Math.exp(logits[i] - max);
  return max + Math.log(sum);
}

/**
 * The textbook formula exp(z_k) / Σ_j exp(z_j) with no safeguard. It exists only to show what goes wrong: a logit
 * above about 709.78 overflows exp to Infinity (∞/∞ = NaN for that class), and even below it the sum can overflow
 * (every P then 0; see naiveOverflow). Never used for training.
 */
export function naiveSoftmax(logits: ArrayLike<number>): number[] {
  const exps = Array.from(logits, (z) => Math.exp(z));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}
