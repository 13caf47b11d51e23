import type { FrameScheduler } from '../frameLoop';

/** A frame scheduler for tests: frames run only when the test calls runFrame. */
export function manualFrames() {
  const queue = new Map<number, () => void>();
  let next = 1;
  const scheduler: FrameScheduler = {
    request(callback) {
      queue.set(next, callback);
      return next++;
    },
    cancel: (handle) => void queue.delete(handle),
  };
  const runFrame = () => {
    const callbacks = [...queue.values()];
    queue.clear();
    callbacks.forEach((callback) => callback());
  };
  return { scheduler, runFrame, pending: () => queue.size };
}
