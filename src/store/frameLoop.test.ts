import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  createAdaptiveBudget,
  FRAME_BUDGET_MS,
  FRAME_INTERVAL_MS,
  framePeriod,
  HEADROOM_MS,
  MAX_BUDGET_MS,
  MAX_HEADROOM_MS,
  MIN_BUDGET_MS,
  MIN_HEADROOM_MS,
  runWithinBudget,
  UNLIMITED,
} from './frameLoop';

/** A clock that moves `tick` ms at every reading, as if each reading came after that much work. */
const tickingClock = (tick: number) => {
  let now = 0;
  return () => (now += tick);
};

describe('runWithinBudget', () => {
  it('stops at the first reading at or past the budget', () => {
    // Started at 3; readings 6, 9, 12, 15: 12 ms have passed after the fourth unit.
    expect(runWithinBudget(1000, { ms: 10, clock: tickingClock(3) }, () => 1)).toBe(4);
  });

  it('without a budget does every unit', () => {
    expect(runWithinBudget(250, UNLIMITED, () => 1)).toBe(250);
  });

  it('stops when a unit has nothing left to do', () => {
    let left = 7;
    expect(runWithinBudget(100, UNLIMITED, () => (left-- > 0 ? 1 : 0))).toBe(7);
  });

  test.prop([fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 20, noNaN: true })])(
    'never does more than the limit, and never asks a unit for more than what remains',
    (limit, block, ms, tick) => {
      let asked = 0;
      const done = runWithinBudget(limit, { ms, clock: tickingClock(tick) }, (remaining) => {
        asked = Math.max(asked, remaining);
        expect(remaining).toBeLessThanOrEqual(limit);
        return Math.min(block, remaining);
      });
      expect(done).toBeLessThanOrEqual(limit);
      expect(asked).toBeLessThanOrEqual(limit);
    },
  );
});

/**
 * A clock the test sets, and frames of a given make-up: steps (the budget, read once the frame has started, unless
 * given), then the rest of the frame, then idle time, or idle until `length` ms after the frame's start.
 */
function framesOn() {
  let now = 0;
  const budget = createAdaptiveBudget(() => now);
  const frame = ({ steps, rest, idle = 0, length }: { steps?: number; rest: number; idle?: number; length?: number }) => {
    const start = now;
    budget.frameStarted();
    // A batch of steps ends at the first reading past its budget: a little after it.
    const took = steps ?? budget.ms + 0.01;
    now += took;
    budget.stepsDone();
    now += rest;
    budget.frameDone();
    now = length === undefined ? now + idle : start + length;
    return took;
  };
  /** Frames on time at 60 Hz, each spending its budget: what the steps and the rest leave of 1000/60 ms is idle. */
  const onTime = (count: number, rest: number) => {
    for (let i = 0; i < count; i++) frame({ rest, length: 1000 / 60 });
  };
  return { budget, frame, onTime };
}

describe('createAdaptiveBudget', () => {
  it('starts at the fixed frame budget', () => {
    expect(framesOn().budget.ms).toBe(FRAME_BUDGET_MS);
  });

  it('settles at the 60 Hz frame minus the rest of the frame and the headroom', () => {
    const { budget, onTime } = framesOn();
    onTime(60, 4);
    // 1000/60 − 4 − headroom for the steps when the panels take 4 ms (10.67 ms with the starting 2 ms of headroom).
    expect(budget.ms).toBeCloseTo(1000 / 60 - budget.headroomMs - 4, 6);
  });

  it('one slow frame moves the estimate of the rest a quarter of the way', () => {
    const { budget, frame, onTime } = framesOn();
    onTime(60, 4);
    // Rest estimate 4 → 4 + (8 − 4)/4 = 5.
    frame({ rest: 8 });
    expect(budget.ms).toBeCloseTo(1000 / 60 - budget.headroomMs - 5, 6);
  });

  it('a frame that starts late counts the whole time since the last, less its steps, as the rest', () => {
    const { budget, frame, onTime } = framesOn();
    onTime(60, 4);
    // The paint was done 4 ms after the steps, but work queued after it (a worker's picture) delayed the next
    // frame: 33.3 ms between the frames, less the steps, is the rest. Estimate: from 4 ms, first 4 again (the
    // painted part), then a quarter of the way to that rest.
    const steps = frame({ rest: 4, length: 1000 / 30 });
    budget.frameStarted();
    const rest = 4 + (1000 / 30 - steps - 4) / 4;
    expect(budget.ms).toBeCloseTo(1000 / 60 - budget.headroomMs - rest, 6);
  });

  it('a pause between frames (paused, a hidden tab) says nothing about the frames', () => {
    const { budget, frame, onTime } = framesOn();
    onTime(60, 4);
    frame({ rest: 4, idle: 5000 });
    const headroom = budget.headroomMs;
    budget.frameStarted();
    expect(budget.headroomMs).toBe(headroom);
    expect(budget.ms).toBeCloseTo(1000 / 60 - headroom - 4, 6);
  });

  it('the headroom shrinks while frames that spent their budget come on time, down to its least', () => {
    const { budget, onTime } = framesOn();
    expect(budget.headroomMs).toBe(HEADROOM_MS);
    // The first frame follows none: nine frames say the one before came on time.
    onTime(10, 6);
    expect(budget.headroomMs).toBeCloseTo(HEADROOM_MS - 0.09, 9);
    onTime(300, 6);
    expect(budget.headroomMs).toBe(MIN_HEADROOM_MS);
    // 1000/60 − 0.5 − 6 = 10.17 ms for the steps, against 8.67 with the starting 2 ms.
    expect(budget.ms).toBeCloseTo(1000 / 60 - MIN_HEADROOM_MS - 6, 6);
  });

  it('frames whose steps stopped short of the budget (the steps-per-frame limit) leave the headroom alone', () => {
    const { budget, frame } = framesOn();
    for (let i = 0; i < 100; i++) frame({ steps: 1, rest: 4, length: 1000 / 60 });
    expect(budget.headroomMs).toBe(HEADROOM_MS);
  });

  it('every late frame adds half a millisecond of headroom, up to its most', () => {
    const { budget, frame, onTime } = framesOn();
    onTime(60, 4);
    frame({ rest: 4, length: 1000 / 30 });
    const headroom = budget.headroomMs;
    budget.frameStarted();
    expect(budget.headroomMs).toBeCloseTo(headroom + 0.5, 9);
    for (let i = 0; i < 20; i++) frame({ rest: 25 });
    expect(budget.headroomMs).toBe(MAX_HEADROOM_MS);
  });

  it('stays within its bounds however short or long the rest is', () => {
    const short = framesOn();
    short.onTime(60, 0);
    expect(short.budget.ms).toBe(MAX_BUDGET_MS);
    const long = framesOn();
    for (let i = 0; i < 60; i++) long.frame({ steps: long.budget.ms, rest: 40 });
    expect(long.budget.ms).toBe(MIN_BUDGET_MS);
  });

  test.prop([fc.array(fc.record({ steps: fc.double({ min: 0, max: 50, noNaN: true }), rest: fc.double({ min: 0, max: 100, noNaN: true }), idle: fc.double({ min: 0, max: 200, noNaN: true }) }), { maxLength: 40 })])(
    'the budget is always within [MIN_BUDGET_MS, MAX_BUDGET_MS]',
    (frames) => {
      const { budget, frame } = framesOn();
      for (const made of frames) {
        frame(made);
        expect(budget.ms).toBeGreaterThanOrEqual(MIN_BUDGET_MS);
        expect(budget.ms).toBeLessThanOrEqual(MAX_BUDGET_MS);
      }
    },
  );
});

describe('framePeriod', () => {
  it('is every frame of a 60 Hz display, however long the rest of the frame', () => {
    for (const rest of [0, 5, 20]) expect(framePeriod(FRAME_INTERVAL_MS, rest)).toBe(FRAME_INTERVAL_MS);
  });

  it('on a 120 Hz display, every frame when the panels are quick, every other when they are not', () => {
    // 1 + 2 (headroom) + 4 (the least for the steps) = 7 ms fits in 8.33 ms; 5 + 2 + 4 = 11 ms needs two frames.
    expect(framePeriod(1000 / 120, 1)).toBeCloseTo(1000 / 120, 9);
    expect(framePeriod(1000 / 120, 5)).toBeCloseTo(1000 / 60, 9);
    // Never longer than a 60 Hz frame, even when the panels take longer than that.
    expect(framePeriod(1000 / 120, 30)).toBeCloseTo(1000 / 60, 9);
  });

  it('on a 240 Hz display, as many frames as the rest needs, up to four', () => {
    expect(framePeriod(1000 / 240, 5)).toBeCloseTo(12.5, 9);
  });

  test.prop([fc.double({ min: 4, max: 40, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true })])(
    'is a whole number of display intervals, and no longer than a 60 Hz frame unless the display is slower',
    (interval, rest) => {
      const period = framePeriod(interval, rest);
      const frames = period / interval;
      expect(Math.abs(frames - Math.round(frames))).toBeLessThan(1e-9);
      expect(frames).toBeGreaterThanOrEqual(1);
      expect(period).toBeLessThanOrEqual(Math.max(interval, FRAME_INTERVAL_MS * 1.05));
    },
  );
});

describe('the display interval', () => {
  /** A budget fed frame times only: frames at the given times. */
  const framesAt = (times: number[]) => {
    let now = 0;
    const budget = createAdaptiveBudget(() => now);
    const probes = times.map((time) => {
      budget.frameStarted((now = time));
      return budget.probing;
    });
    return { budget, probes };
  };

  it('is read off the frame times: the first frame probes, and the next comes one display interval later', () => {
    expect(createAdaptiveBudget(() => 0).displayIntervalMs).toBeCloseTo(FRAME_INTERVAL_MS, 9);
    const { budget, probes } = framesAt([0, 1, 2, 3].map((frame) => (frame * 1000) / 120));
    expect(probes).toEqual([true, false, false, false]);
    expect(budget.displayIntervalMs).toBeCloseTo(1000 / 120, 9);
  });

  it('a probe that missed a tick says 60 Hz; a shorter interval seen later lowers it', () => {
    const vsync = 1000 / 120;
    const { budget } = framesAt([0, 2 * vsync]);
    expect(budget.displayIntervalMs).toBeCloseTo(FRAME_INTERVAL_MS, 9);
    budget.frameStarted(3 * vsync);
    expect(budget.displayIntervalMs).toBeCloseTo(vsync, 9);
  });

  it('after a pause the display is probed again (the window may have moved to another display)', () => {
    const { budget, probes } = framesAt([0, 8.33, 16.67, 5000, 5016.67, 5033.33]);
    expect(probes).toEqual([true, false, false, true, false, false]);
    expect(budget.displayIntervalMs).toBeCloseTo(16.66, 9);
  });

  it('frames late by a whole interval, an unthrottled 1 ms tick or no frame time at all do not lower it', () => {
    const { budget } = framesAt([0, 33.3, 50, 51, 51.5]);
    budget.frameStarted();
    expect(budget.displayIntervalMs).toBeCloseTo(FRAME_INTERVAL_MS, 9);
  });
});
