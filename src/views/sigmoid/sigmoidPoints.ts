import type { Dataset } from '../../model/dataset';
import { probabilitiesAt } from '../../model/regionRaster';
import { sigmoid, twoClassScore } from '../../model/sigmoid';

/** Every point's score s = (θ₁ − θ₀)·x̃ and its P(y=1|x) by softmax, with the largest gap to σ(s). */
export interface SigmoidPoints {
  readonly scores: Float64Array;
  readonly probabilities: Float64Array;
  /** max over the points of |P(y=1|x) − σ(s)|: zero up to rounding, since the two are the same function. */
  readonly largestGap: number;
}

/**
 * With K = 2: P(y=1|x) computed by the two-class softmax, against the score s, for every point. The softmax and
 * σ are computed separately here, so the panel shows the identity P(y=1|x) = σ(s) rather than assuming it.
 * Pass θ − m (K×3 with K = 2).
 */
export function sigmoidPoints(theta: Float64Array, data: Dataset): SigmoidPoints {
  const n = data.labels.length;
  const scores = new Float64Array(n);
  const probabilities = new Float64Array(n);
  let largestGap = 0;
  for (let i = 0; i < n; i++) {
    scores[i] = twoClassScore(theta, data.x1[i], data.x2[i]);
    probabilities[i] = probabilitiesAt(theta, 2, data.x1[i], data.x2[i])[1];
    largestGap = Math.max(largestGap, Math.abs(probabilities[i] - sigmoid(scores[i])));
  }
  return { scores, probabilities, largestGap };
}
