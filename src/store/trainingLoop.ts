import type { AppStore } from './createAppStore';
import { startFrameLoop, type FrameScheduler } from './frameLoop';

/** Runs `stepsPerFrame` optimiser steps per frame while the lab plays. Returns a function that stops it. */
export function startTrainingLoop(store: AppStore, scheduler?: FrameScheduler): () => void {
  return startFrameLoop(store, (state) => state.advance(state.training.stepsPerFrame), scheduler);
}
