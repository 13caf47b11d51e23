import type { Dataset } from '../../src/model/dataset';

/**
 * The yardstick for the engine's gradient-descent step: the same arithmetic (logits, max-subtraction, exp, loss,
 * gradient accumulation, scaling, update) as one straight loop over typed arrays, with no objective, optimiser,
 * parametrisation, batch or diagnostics around it. Returns a step function that updates θ in place and
 * returns the loss before the step.
 */
export function createBaselineGradientStep(data: Dataset, learningRate: number): (theta: Float64Array) => number {
  const { x1, x2, labels, classes } = data;
  const n = labels.length;
  const gradient = new Float64Array(3 * classes);
  const logits = new Float64Array(classes);
  return (theta) => {
    gradient.fill(0);
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const a = x1[i];
      const c = x2[i];
      const y = labels[i];
      let max = -Infinity;
      for (let k = 0; k < classes; k++) {
        const z = theta[3 * k] + theta[3 * k + 1] * a + theta[3 * k + 2] * c;
        logits[k] = z;
        if (z > max) max = z;
      }
      const trueLogit = logits[y];
      let sum = 0;
      for (let k = 0; k < classes; k++) {
        const e = Math.exp(logits[k] - max);
        logits[k] = e;
        sum += e;
      }
      loss += max + Math.log(sum) - trueLogit;
      const inverseSum = 1 / sum;
      for (let k = 0; k < classes; k++) {
        const residual = logits[k] * inverseSum - (k === y ? 1 : 0);
        gradient[3 * k] += residual;
        gradient[3 * k + 1] += residual * a;
        gradient[3 * k + 2] += residual * c;
      }
    }
    const scale = 1 / n;
    for (let j = 0; j < theta.length; j++) theta[j] -= learningRate * (gradient[j] * scale);
    return loss * scale;
  };
}
