/**
 * Runs `task` on an animation frame after schedule() is called, at most once every `minInterval` ms: while
 * training plays the store changes every frame, and views that are expensive to recompute follow it only this
 * often. Calls that arrive while a run is pending merge into it, and the task reads the newest state itself.
 */
export interface FrameThrottle {
  schedule(): void;
  cancel(): void;
}

/**
 * `minInterval` may be a function, read at each schedule(): e.g. longer while training plays. With `afterPaint`,
 * the task runs just after the frame is painted rather than before: work of many milliseconds (a Hessian at
 * N = 10,000) then never holds back the frame that shows a click's result, and is shown one frame later.
 */
export function createFrameThrottle(task: () => void, minInterval: number | (() => number), afterPaint = false): FrameThrottle {
  const interval = typeof minInterval === 'number' ? () => minInterval : minInterval;
  let lastRun = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let frame: number | null = null;

  const runTask = () => {
    timer = null;
    lastRun = performance.now();
    task();
  };
  const run = () => {
    frame = null;
    // A timeout queued from an animation frame runs after that frame's paint (see afterNextPaint).
    if (afterPaint) timer = setTimeout(runTask, 0);
    else runTask();
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
