import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { emptyHistory, recordSample, type CurveSample } from './curveHistory';
import { samplesThroughCurrent } from './liveCurve';

const sample = (step: number, loss = 1): CurveSample => ({
  step,
  theta: new Float64Array(0),
  loss,
  accuracy: 0.5,
  gradNorm: 1,
  redundantNorm: 0,
  identifiableNorm: 1,
  thetaNorm: 1,
});

describe('samplesThroughCurrent', () => {
  test('an empty history gives just the current state', () => {
    expect(samplesThroughCurrent(emptyHistory(), sample(0))).toEqual([sample(0)]);
  });

  test.prop([fc.integer({ min: 1, max: 300 })])('after n recorded steps there are n + 1 points, ending at the current step', (steps) => {
    let history = emptyHistory();
    for (let s = 0; s < steps; s++) history = recordSample(history, sample(s), 1000);
    const points = samplesThroughCurrent(history, sample(steps, 0.25));
    expect(points).toHaveLength(steps + 1);
    expect(points.at(-1)).toEqual(sample(steps, 0.25));
    expect(points.map((p) => p.step)).toEqual(points.map((p) => p.step).sort((a, b) => a - b));
  });

  test('a current state at or before a recorded step replaces the later samples', () => {
    let history = emptyHistory();
    for (let s = 0; s < 5; s++) history = recordSample(history, sample(s), 1000);
    expect(samplesThroughCurrent(history, sample(3, 9)).map((p) => p.step)).toEqual([0, 1, 2, 3]);
  });

  test('does not modify the history', () => {
    const history = recordSample(emptyHistory(), sample(0), 10);
    samplesThroughCurrent(history, sample(1));
    expect(history.samples).toHaveLength(1);
  });
});
