import { describe, expect, test } from 'vitest';
import type { CurveSample } from '../../model/curveHistory';
import { scaleLinear } from 'd3';
import { valueDomain } from '../charts/chartDomain';
import { EARLY_STEPS, angleSeries, earlyAnglesOf, normAgainstLogStep, withEarlyAngles, type AngleDatum } from './marginSeries';

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

  describe('the angle chart keeps the run’s first steps after the history thins them out', () => {
    // Lesson 12's run: 13.456° at step 1, then 12.968°, 12.725° …, about 10° by step 27 (the first step a
    // history at stride 27 keeps), 5.76° by step 5589.
    const seen: AngleDatum[] = [
      { step: 0, degrees: Number.NaN },
      { step: 1, degrees: 13.456 },
      { step: 2, degrees: 12.968 },
      { step: 3, degrees: 12.725 },
      { step: 27, degrees: 9.987 },
    ];
    const thinned: AngleDatum[] = [
      { step: 0, degrees: Number.NaN },
      { step: 27, degrees: 9.987 },
      { step: 5589, degrees: 5.76 },
    ];
    const niceDomain = (angles: readonly AngleDatum[]) => scaleLinear().domain(valueDomain(angles.map((a) => a.degrees), 'linear')).nice().domain();

    test('without the memory the chart’s range stops at 10°, below the first angles', () => {
      expect(niceDomain(thinned)).toEqual([0, 10]);
    });

    test('with it the series starts at step 1 again and the range includes 13.456°', () => {
      const early = new Map<number, number>();
      withEarlyAngles(seen, early);
      const angles = withEarlyAngles(thinned, early);
      expect(angles.map((a) => a.step)).toEqual([0, 1, 2, 3, 27, 5589]);
      expect(angles.map((a) => a.degrees)).toEqual([Number.NaN, 13.456, 12.968, 12.725, 9.987, 5.76]);
      expect(valueDomain(angles.map((a) => a.degrees), 'linear')).toEqual([0, 13.456]);
      expect(niceDomain(angles)).toEqual([0, 14]);
    });

    test('only steps below EARLY_STEPS are remembered, and a step seen again keeps its latest angle', () => {
      const early = new Map<number, number>();
      withEarlyAngles([{ step: 5, degrees: 8 }, { step: EARLY_STEPS, degrees: 7 }], early);
      expect([...early]).toEqual([[5, 8]]);
      expect(withEarlyAngles([{ step: 5, degrees: 6 }], early)).toEqual([{ step: 5, degrees: 6 }]);
    });

    test('each run (known by its step-0 sample) and each direction has a memory of its own', () => {
      const memory: Parameters<typeof earlyAnglesOf>[0] = new WeakMap();
      const run = sample(0, [0, 0, 0, 0, 0, 0]);
      const other = sample(0, [0, 0, 0, 0, 0, 0]);
      const first = earlyAnglesOf(memory, direction, run);
      expect(earlyAnglesOf(memory, direction, run)).toBe(first);
      expect(earlyAnglesOf(memory, direction, other)).not.toBe(first);
      expect(earlyAnglesOf(memory, Float64Array.from(direction), run)).not.toBe(first);
      expect(earlyAnglesOf(memory, direction, undefined)).not.toBe(earlyAnglesOf(memory, direction, undefined));
    });
  });
});
