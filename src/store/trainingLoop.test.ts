import { DEFAULT_TRAINING } from './settings';
import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { manualFrames } from './testing/manualFrames';
import { startTrainingLoop } from './trainingLoop';

/** A fake clock that moves 3 ms at every reading: the 8 ms frame budget is spent after three steps. */
function fakeClock() {
  let now = 0;
  return () => (now += 3);
}

/** Frame-end callbacks held until the test says the frame's other work is done. */
function manualAfterFrame() {
  const queue: (() => void)[] = [];
  return { afterFrame: (callback: () => void) => void queue.push(callback), finish: () => queue.splice(0).forEach((callback) => callback()) };
}

describe('the lab training loop', () => {
  it('a frame stops stepping once its time budget is spent, and the next frame carries on', () => {
    const store = createAppStore({ training: { ...DEFAULT_TRAINING, stepsPerFrame: 1000, tolerance: 1e-12 } });
    const frames = manualFrames();
    const stop = startTrainingLoop(store, frames.scheduler, fakeClock());
    store.getState().play();
    frames.runFrame();
    expect(store.getState().step).toBe(3);
    frames.runFrame();
    expect(store.getState().step).toBe(6);
    expect(store.getState().playing).toBe(true);
    stop();
  });

  it('gives the steps the time the rest of the frame leaves: more when it is short, fewer when it is long', () => {
    let now = 0;
    // Every reading is 1 ms after the last: a step costs 1 ms.
    const clock = () => (now += 1);
    const store = createAppStore({ training: { ...DEFAULT_TRAINING, stepsPerFrame: 1000, tolerance: 1e-12 } });
    const frames = manualFrames();
    const after = manualAfterFrame();
    const stop = startTrainingLoop(store, frames.scheduler, clock, after.afterFrame);
    store.getState().play();
    const stepsOfFrame = (restMs: number) => {
      const before = store.getState().step;
      frames.runFrame();
      // The panels, layout and paint take restMs (the reading itself is the last 1 ms of it).
      now += restMs - 1;
      after.finish();
      return store.getState().step - before;
    };
    // The first frame has the starting 8 ms.
    expect(stepsOfFrame(1)).toBe(8);
    const short = Array.from({ length: 30 }, () => stepsOfFrame(1)).at(-1);
    // 1000/60 − 2 − 1 = 13.7 ms, held to the 12 ms maximum.
    expect(short).toBe(12);
    const long = Array.from({ length: 30 }, () => stepsOfFrame(10.5)).at(-1);
    // 1000/60 − 2 − 10.5 = 4.2 ms.
    expect(long).toBe(5);
    stop();
  });

  it('on a 120 Hz display the budget follows the measured 8.33 ms frames: whole frames, never a late one', () => {
    const vsync = 1000 / 120;
    const tick = 0.25;
    let now = 0;
    // A step costs 0.25 ms: each reading of the clock comes 0.25 ms after the last.
    const clock = () => (now += tick);
    const store = createAppStore({ training: { ...DEFAULT_TRAINING, stepsPerFrame: 1000, tolerance: 1e-12 } });
    const frames = manualFrames();
    const after = manualAfterFrame();
    const stop = startTrainingLoop(store, frames.scheduler, clock, after.afterFrame);
    store.getState().play();
    /** Frames at the display's ticks: each starts at the first tick after the last one's work (steps and rest). */
    const play = (count: number, restMs: number) => {
      const starts: number[] = [];
      const steps: number[] = [];
      for (let i = 0; i < count; i++) {
        now = Math.ceil((now + 1e-9) / vsync) * vsync;
        starts.push(now);
        const before = store.getState().step;
        frames.runFrame(now);
        steps.push(store.getState().step - before);
        now += restMs - tick;
        after.finish();
      }
      const gaps = starts.slice(1).map((t, i) => t - starts[i]);
      return { steps: steps.at(-1), longestGap: Math.max(...gaps.slice(-20)), shortestGap: Math.min(...gaps.slice(-20)) };
    };
    // The first frame probes the display and takes no step.
    expect(play(1, 1).steps).toBe(0);
    // Quick panels (1 ms): every 8.33 ms frame, at least 8.33 − 2 − 1 = 5.3 ms of steps (22 steps of 0.25 ms; more
    // as the headroom shrinks while every frame comes on time).
    const quick = play(60, 1);
    expect(quick.longestGap).toBeCloseTo(vsync, 6);
    expect(quick.steps).toBeGreaterThanOrEqual(22);
    // Panels that take 5 ms: every other frame (60 per second), at least 16.67 − 2 − 5 = 9.7 ms of steps (39); no
    // frame comes later.
    const slow = play(60, 5);
    expect(slow.shortestGap).toBeCloseTo(2 * vsync, 6);
    expect(slow.longestGap).toBeCloseTo(2 * vsync, 6);
    expect(slow.steps).toBeGreaterThanOrEqual(39);
    stop();
  });

  it('never takes more than stepsPerFrame steps, however much time is left', () => {
    const store = createAppStore({ training: { ...DEFAULT_TRAINING, stepsPerFrame: 2, tolerance: 1e-12 } });
    const frames = manualFrames();
    const stop = startTrainingLoop(store, frames.scheduler, () => 0);
    store.getState().play();
    frames.runFrame();
    expect(store.getState().step).toBe(2);
    stop();
  });

  it('pausing stops the loop: no frame is requested and a stale frame takes no step', () => {
    const store = createAppStore({ training: { ...DEFAULT_TRAINING, stepsPerFrame: 1000, tolerance: 1e-12 } });
    const frames = manualFrames();
    const stop = startTrainingLoop(store, frames.scheduler, fakeClock());
    store.getState().play();
    frames.runFrame();
    store.getState().pause();
    expect(frames.pending()).toBe(0);
    frames.runFrame();
    expect(store.getState().step).toBe(3);
    stop();
  });

  it('a diverging step ends the frame and the run, with time left in the budget', () => {
    const store = createAppStore({ training: { ...DEFAULT_TRAINING, stepsPerFrame: 1000, tolerance: 1e-12 } });
    store.getState().setModel({ l2: 1e5 });
    const frames = manualFrames();
    const stop = startTrainingLoop(store, frames.scheduler, () => 0);
    store.getState().play();
    frames.runFrame();
    const { status, playing, step } = store.getState();
    expect(status).toBe('diverged');
    expect(playing).toBe(false);
    expect(step).toBeLessThan(1000);
    expect(frames.pending()).toBe(0);
    stop();
  });
});
