import type { AppStore } from './createAppStore';

export interface FrameScheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

const animationFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/**
 * Runs `stepsPerFrame` optimiser steps per frame while the store says it is playing, and no frames at all
 * while paused. Returns a function that stops the loop. The scheduler is injectable so tests can drive frames.
 */
export function startTrainingLoop(store: AppStore, scheduler: FrameScheduler = animationFrames): () => void {
  let handle: number | null = null;
  const frame = () => {
    handle = null;
    const state = store.getState();
    if (!state.playing) return;
    state.advance(state.training.stepsPerFrame);
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
