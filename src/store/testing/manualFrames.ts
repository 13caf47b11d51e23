import type { FrameScheduler } from '../frameLoop';

/** A frame scheduler for tests: frames run only when the test calls runFrame. */
export function manualFrames() {
  const queue = new Map<number, (frameTime?: number) => void>();
  let next = 1;
  const scheduler: FrameScheduler = {
    request(callback) {
      queue.set(next, callback);
      return next++;
    },
    cancel: (handle) => void queue.delete(handle),
  };
  /** Runs the frames asked for; `frameTime` is the timestamp requestAnimationFrame would pass (none by default). */
  const runFrame = (frameTime?: number) => {
    const callbacks = [...queue.values()];
    queue.clear();
    callbacks.forEach((callback) => callback(frameTime));
  };
  return { scheduler, runFrame, pending: () => queue.size };
}
