import type { AppStore } from './createAppStore';
import { afterPaint, createAdaptiveBudget, pageClock, startFrameLoop, type AfterFrame, type Clock, type FrameScheduler } from './frameLoop';

/**
 * Runs up to `stepsPerFrame` optimiser steps per frame while the lab plays, fewer when the frame's time budget is
 * spent first (a large N or a slow optimiser), so the page stays smooth. The budget is what the rest of recent
 * frames left of the frame period (createAdaptiveBudget: 60 Hz, or a whole number of a faster display's frames),
 * measured from the end of the steps to `afterFrame`; the display's interval is read off the frames' timestamps.
 * Returns a function that stops it.
 */
export function startTrainingLoop(store: AppStore, scheduler?: FrameScheduler, clock: Clock = pageClock, afterFrame: AfterFrame = afterPaint): () => void {
  const budget = createAdaptiveBudget(clock);
  return startFrameLoop(
    store,
    (state, frameTime) => {
      budget.frameStarted(frameTime);
      if (budget.probing) return;
      state.advance(state.training.stepsPerFrame, budget);
      budget.stepsDone();
      afterFrame(budget.frameDone);
    },
    scheduler,
  );
}
