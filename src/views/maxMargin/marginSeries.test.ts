import { describe, expect, test } from 'vitest';
import type { CurveSample } from '../../model/curveHistory';
import { angleSeries, normAgainstLogStep } from './marginSeries';

const sample = (step: number, theta: number[], identifiableNorm = 1): CurveSample => ({
  step,
  theta: Float64Array.from(theta),
  loss: 1,
  accuracy: 1,
  gradNorm: 1,
  redundantNorm: 0,
  identifiableNorm,
  thetaNorm: identifiableNorm,
});

describe('the max-margin meter’s series', () => {
  const direction = Float64Array.from([-1, 0, 0, 1, 0, 0]);

  test('angles in degrees from θ − m (a shared shift c does not count); θ − m = 0 gives NaN, which is not drawn', () => {
    const samples = [sample(0, [0, 0, 0, 0, 0, 0]), sample(1, [2, 5, 5, 4, 5, 5]), sample(2, [0, -1, 0, 0, 1, 0]), sample(3, [1, 0, 0, -1, 0, 0])];
    const angles = angleSeries(samples, direction);
    expect(angles.map((a) => a.step)).toEqual([0, 1, 2, 3]);
    expect(angles[0].degrees).toBeNaN();
    expect(angles[1].degrees).toBeCloseTo(0, 12);
    expect(angles[2].degrees).toBeCloseTo(90, 12);
    expect(angles[3].degrees).toBeCloseTo(180, 12);
  });

  test('‖θ − m‖ is drawn against ln t from step 1: step 0 has no logarithm', () => {
    const points = normAgainstLogStep([sample(0, [0, 0, 0, 0, 0, 0], 0), sample(1, [0, 0, 0, 0, 0, 0], 2), sample(100, [0, 0, 0, 0, 0, 0], 7)]);
    expect(points).toEqual([
      { step: 0, t: 1, identifiableNorm: 2 },
      { step: Math.log(100), t: 100, identifiableNorm: 7 },
    ]);
  });
});
