import { fc, test } from '@fast-check/vitest';
import { expect, it } from 'vitest';
import { toDataset } from './dataset';
import { dataTermAndGradient } from './dataTerm';

/**
 * The data term as the textbook writes it, every exp taken: the engine skips exp(max − max) = 1, which must change
 * no bit of J or ∇J.
 */
function everyExpTaken(theta: Float64Array, x1: number[], x2: number[], labels: number[], classes: number) {
  const gradient = new Float64Array(3 * classes);
  let loss = 0;
  for (let n = 0; n < labels.length; n++) {
    const logits = Array.from({ length: classes }, (_, k) => theta[3 * k] + theta[3 * k + 1] * x1[n] + theta[3 * k + 2] * x2[n]);
    let max = -Infinity;
    for (const z of logits) if (z > max) max = z;
    const exps = logits.map((z) => Math.exp(z - max));
    let sum = 0;
    for (const e of exps) sum += e;
    loss += max + Math.log(sum) - logits[labels[n]];
    const inverseSum = 1 / sum;
    for (let k = 0; k < classes; k++) {
      const residual = exps[k] * inverseSum - (k === labels[n] ? 1 : 0);
      gradient[3 * k] += residual;
      gradient[3 * k + 1] += residual * x1[n];
      gradient[3 * k + 2] += residual * x2[n];
    }
  }
  const scale = 1 / labels.length;
  for (let j = 0; j < gradient.length; j++) gradient[j] *= scale;
  return { loss: loss * scale, gradient };
}

const coordinate = fc.double({ min: -50, max: 50, noNaN: true });
// Entries from tiny to beyond exp's range, with ties (repeated values) likely.
const entry = fc.oneof(fc.constantFrom(0, 1, -1, 2.5, 800, -800), fc.double({ min: -1e3, max: 1e3, noNaN: true }));

test.prop([
  fc.integer({ min: 2, max: 8 }).chain((classes) =>
    fc.record({
      classes: fc.constant(classes),
      theta: fc.array(entry, { minLength: 3 * classes, maxLength: 3 * classes }),
      points: fc.array(fc.record({ x1: coordinate, x2: coordinate, label: fc.integer({ min: 0, max: classes - 1 }) }), { minLength: 1, maxLength: 30 }),
    }),
  ),
])('J and ∇J are bit for bit those with every exp taken', ({ classes, theta, points }) => {
  const data = toDataset(points, classes);
  const thetaArray = Float64Array.from(theta);
  const gradient = new Float64Array(3 * classes);
  const loss = dataTermAndGradient(thetaArray, data, gradient, new Float64Array(classes));
  const expected = everyExpTaken(thetaArray, Array.from(data.x1), Array.from(data.x2), Array.from(data.labels), classes);
  expect(Object.is(loss, expected.loss)).toBe(true);
  expect(Array.from(gradient)).toEqual(Array.from(expected.gradient));
});

it('an infinite logit still gives NaN, as exp(∞ − ∞) does', () => {
  const data = toDataset([{ x1: 1, x2: 0, label: 1 }], 2);
  const loss = dataTermAndGradient(Float64Array.from([0, Infinity, 0, 0, 0, 0]), data, new Float64Array(6), new Float64Array(2));
  expect(loss).toBeNaN();
});
