import type { Dataset } from './dataset';
import { ROW } from './parameters';

/** The class with the largest logit θ_k·(1, x1, x2): the predicted class at (x1, x2). Ties go to the lower k. */
export function predictedClass(theta: Float64Array, classes: number, x1: number, x2: number): number {
  let best = 0;
  let bestLogit = -Infinity;
  for (let k = 0; k < classes; k++) {
    const z = theta[ROW * k] + theta[ROW * k + 1] * x1 + theta[ROW * k + 2] * x2;
    if (z > bestLogit) {
      bestLogit = z;
      best = k;
    }
  }
  return best;
}

/** Fraction of points whose most probable class (the largest logit) is their label; NaN with no points. */
export function accuracy(theta: Float64Array, data: Dataset): number {
  const { x1, x2, labels, classes } = data;
  const n = labels.length;
  if (n === 0) return Number.NaN;
  let correct = 0;
  for (let i = 0; i < n; i++) if (predictedClass(theta, classes, x1[i], x2[i]) === labels[i]) correct += 1;
  return correct / n;
}
