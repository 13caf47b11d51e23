import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { emptyHistory, recordSample, visibleSamples, type CurveSample } from './curveHistory';

const sampleAt = (step: number): CurveSample => ({
  step,
  theta: new Float64Array(0),
  loss: 1 / (step + 1),
  accuracy: 0.5,
  gradNorm: 1,
  redundantNorm: 0,
  identifiableNorm: 1,
  thetaNorm: 1,
});

describe('curve history', () => {
  test.prop([fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 8, max: 200 })])(
    'never holds more than its capacity, spans the whole run and ends at the latest step',
    (steps, capacity) => {
      let history = emptyHistory();
      for (let step = 0; step <= steps; step++) history = recordSample(history, sampleAt(step), capacity);
      expect(history.samples.length).toBeLessThanOrEqual(capacity);
      expect(history.samples[0].step).toBe(0);
      const visible = visibleSamples(history);
      expect(visible.at(-1)!.step).toBe(steps);
      // Evenly spread: consecutive kept samples are one stride apart.
      history.samples.slice(1).forEach((s, i) => expect(s.step - history.samples[i].step).toBe(history.stride));
      expect(visible.length).toBeGreaterThanOrEqual(Math.min(steps + 1, Math.floor(capacity / 3)));
    },
  );

  test('a 2-cycle (GD above its step limit) still zig-zags after any amount of thinning', () => {
    let history = emptyHistory();
    for (let step = 0; step < 100_000; step++) history = recordSample(history, { ...sampleAt(step), loss: step % 2 === 0 ? 0.803 : 0.778 }, 600);
    expect(history.stride).toBeGreaterThan(1);
    const losses = history.samples.map((s) => s.loss);
    losses.slice(1).forEach((loss, i) => expect(loss).not.toBe(losses[i]));
  });

  test('a million-step run stays within the capacity', () => {
    let history = emptyHistory();
    for (let step = 0; step < 1_000_000; step++) history = recordSample(history, sampleAt(step), 500);
    expect(history.samples.length).toBeLessThanOrEqual(500);
    expect(history.samples.length).toBeGreaterThan(200);
  });
});
