import type { FrameScheduler } from '../trainingLoop';
import type { RaceStore } from './createRaceStore';

/** A frame's share of the main thread: a slow race takes fewer steps per frame rather than freezing the page. */
export const RACE_FRAME_BUDGET_MS = 30;

const animationFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/**
 * Runs up to `stepsPerFrame` race steps per frame while the race plays, and no frames while it is paused
 * (the race's twin of startTrainingLoop). Returns a function that stops the loop.
 */
export function startRaceLoop(store: RaceStore, scheduler: FrameScheduler = animationFrames): () => void {
  let handle: number | null = null;
  const frame = () => {
    handle = null;
    const state = store.getState();
    if (!state.playing) return;
    state.advance(state.settings.stepsPerFrame, RACE_FRAME_BUDGET_MS);
    if (store.getState().playing) handle = scheduler.request(frame);
  };
  const sync = (playing: boolean) => {
    if (playing && handle === null) handle = scheduler.request(frame);
    if (!playing && handle !== null) {
      scheduler.cancel(handle);
      handle = null;
    }
  };
  const unsubscribe = store.subscribe((state) => state.playing, sync);
  sync(store.getState().playing);
  return () => {
    unsubscribe();
    sync(false);
  };
}
