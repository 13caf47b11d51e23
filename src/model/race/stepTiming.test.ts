import { describe, expect, it } from 'vitest';
import { recordFrameTiming, TIMING_SMOOTHING, UNTIMED } from './stepTiming';

describe('step timing', () => {
  it('is untimed until a frame takes steps', () => {
    expect(recordFrameTiming(UNTIMED, 5, 0)).toBe(UNTIMED);
    expect(Number.isNaN(UNTIMED.microseconds)).toBe(true);
  });

  it('lets the second frame replace the first (which includes compiling), then smooths', () => {
    const first = recordFrameTiming(UNTIMED, 10, 10); // 1000 µs per step while the code compiles
    expect(first.microseconds).toBe(1000);
    const second = recordFrameTiming(first, 0.5, 10);
    expect(second.microseconds).toBe(50);
    const third = recordFrameTiming(second, 1, 10);
    expect(third.microseconds).toBeCloseTo(50 + TIMING_SMOOTHING * (100 - 50), 12);
    expect(third.frames).toBe(3);
  });
});
