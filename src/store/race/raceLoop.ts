import { startAdaptiveLoop } from '../adaptiveLoop';
import type { AfterFrame, Clock, FrameScheduler } from '../frameLoop';
import type { RaceStore } from './createRaceStore';

/**
 * Runs up to `stepsPerFrame` race steps per frame while the race plays, fewer when the frame's time budget is
 * spent first (many lanes, a large N), on the same adaptive budget as the lab (startAdaptiveLoop): the race's
 * charts and regions take their share of each frame, whatever the display's refresh rate. Returns a function that
 * stops it.
 */
export function startRaceLoop(store: RaceStore, scheduler?: FrameScheduler, clock?: Clock, afterFrame?: AfterFrame): () => void {
  return startAdaptiveLoop(store, (state, budget) => state.advance(state.settings.stepsPerFrame, budget), scheduler, clock, afterFrame);
}
