import { afterPaint, createAdaptiveBudget, pageClock, startFrameLoop, type AfterFrame, type Clock, type FrameBudget, type FrameScheduler, type PlayableStore } from './frameLoop';

/**
 * Calls `takeSteps(state, budget)` once per animation frame while the store plays, with the time the rest of recent
 * frames left of the frame period (createAdaptiveBudget: 60 Hz, or a whole number of a faster display's frames),
 * measured from the end of the steps to `afterFrame`; the display's interval is read off the frames' timestamps.
 * A slow run takes fewer steps per frame rather than freezing the page, and a quick one gets the whole frame the
 * panels leave. The lab and the race both run on it. Returns a function that stops it.
 */
export function startAdaptiveLoop<S extends { readonly playing: boolean }>(
  store: PlayableStore<S>,
  takeSteps: (state: S, budget: FrameBudget) => void,
  scheduler?: FrameScheduler,
  clock: Clock = pageClock,
  afterFrame: AfterFrame = afterPaint,
): () => void {
  const budget = createAdaptiveBudget(clock);
  return startFrameLoop(
    store,
    (state, frameTime) => {
      budget.frameStarted(frameTime);
      if (budget.probing) return;
      takeSteps(state, budget);
      budget.stepsDone();
      afterFrame(budget.frameDone);
    },
    scheduler,
  );
}
