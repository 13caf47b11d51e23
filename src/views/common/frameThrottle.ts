/**
 * Runs `task` on an animation frame after schedule() is called, at most once every `minInterval` ms: while
 * training plays the store changes every frame, and views that are expensive to recompute follow it only this
 * often. Calls that arrive while a run is pending merge into it, and the task reads the newest state itself.
 */
export interface FrameThrottle {
  schedule(): void;
  cancel(): void;
}

/** `minInterval` may be a function, read at each schedule(): e.g. longer while training plays. */
export function createFrameThrottle(task: () => void, minInterval: number | (() => number)): FrameThrottle {
  const interval = typeof minInterval === 'number' ? () => minInterval : minInterval;
  let lastRun = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let frame: number | null = null;

  const run = () => {
    frame = null;
    lastRun = performance.now();
    task();
  };
  const requestFrame = () => {
    timer = null;
    frame = requestAnimationFrame(run);
  };

  return {
    schedule() {
      if (timer !== null || frame !== null) return;
      const wait = lastRun + interval() - performance.now();
      if (wait > 0) timer = setTimeout(requestFrame, wait);
      else requestFrame();
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      if (frame !== null) cancelAnimationFrame(frame);
      timer = null;
      frame = null;
    },
  };
}
