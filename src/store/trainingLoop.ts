import { startAdaptiveLoop } from './adaptiveLoop';
import type { AppStore } from './createAppStore';
import type { AfterFrame, Clock, FrameScheduler } from './frameLoop';

/**
 * Runs up to `stepsPerFrame` optimiser steps per frame while the lab plays, fewer when the frame's time budget is
 * spent first (a large N or a slow optimiser), so the page stays smooth (startAdaptiveLoop). Returns a function
 * that stops it.
 */
export function startTrainingLoop(store: AppStore, scheduler?: FrameScheduler, clock?: Clock, afterFrame?: AfterFrame): () => void {
  return startAdaptiveLoop(store, (state, budget) => state.advance(state.training.stepsPerFrame, budget), scheduler, clock, afterFrame);
}
