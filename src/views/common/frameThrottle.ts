/**
 * Runs `task` on an animation frame after schedule() is called, at most once every `minInterval` ms: while
 * training plays the store changes every frame, and views that are expensive to recompute follow it only this
 * often. Calls that arrive while a run is pending merge into it, and the task reads the newest state itself.
 */
export interface FrameThrottle {
  schedule(): void;
  cancel(): void;
}

export function createFrameThrottle(task: () => void, minInterval: number): FrameThrottle {
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
      const wait = lastRun + minInterval - performance.now();
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
