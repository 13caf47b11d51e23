import type { AppStore } from './createAppStore';
import { afterPaint, createAdaptiveBudget, pageClock, startFrameLoop, type AfterFrame, type Clock, type FrameScheduler } from './frameLoop';

/**
 * Runs up to `stepsPerFrame` optimiser steps per frame while the lab plays, fewer when the frame's time budget is
 * spent first (a large N or a slow optimiser), so the page stays smooth. The budget is what the rest of recent
 * frames left of a 60 Hz frame (createAdaptiveBudget), measured from the end of the steps to `afterFrame`.
 * Returns a function that stops it.
 */
export function startTrainingLoop(store: AppStore, scheduler?: FrameScheduler, clock: Clock = pageClock, afterFrame: AfterFrame = afterPaint): () => void {
  const budget = createAdaptiveBudget(clock);
  return startFrameLoop(
    store,
    (state) => {
      budget.frameStarted();
      state.advance(state.training.stepsPerFrame, budget);
      budget.stepsDone();
      afterFrame(budget.frameDone);
    },
    scheduler,
  );
}
