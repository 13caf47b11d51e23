import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFrameThrottle } from './frameThrottle';

/** Animation frames that run only when the test says so. */
let frames: (() => void)[] = [];
const runFrame = () => frames.splice(0).forEach((callback) => callback());

beforeEach(() => {
  frames = [];
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => {});
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('createFrameThrottle', () => {
  it('runs the task in the next animation frame', () => {
    const task = vi.fn<() => void>();
    createFrameThrottle(task, 100).schedule();
    expect(task).not.toHaveBeenCalled();
    runFrame();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('with afterPaint, runs it in a timeout queued from that frame, that is, after the frame is painted', () => {
    const task = vi.fn<() => void>();
    const throttle = createFrameThrottle(task, 100, true);
    throttle.schedule();
    runFrame();
    expect(task).not.toHaveBeenCalled();
    // Still pending: another schedule() merges into it rather than asking for a second run.
    throttle.schedule();
    expect(frames).toHaveLength(0);
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('cancel() drops a task waiting for its timeout after the frame', () => {
    const task = vi.fn<() => void>();
    const throttle = createFrameThrottle(task, 100, true);
    throttle.schedule();
    runFrame();
    throttle.cancel();
    vi.advanceTimersByTime(1000);
    expect(task).not.toHaveBeenCalled();
  });
});
