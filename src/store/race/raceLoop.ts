import { FRAME_BUDGET_MS, startFrameLoop, type FrameScheduler } from '../frameLoop';
import type { RaceStore } from './createRaceStore';

/**
 * Runs up to `stepsPerFrame` race steps per frame while the race plays: a slow race takes fewer steps per frame
 * (a fixed frame budget, FRAME_BUDGET_MS; the lab's adapts to what its panels take) rather than freezing the page. Returns a function that stops it.
 */
export function startRaceLoop(store: RaceStore, scheduler?: FrameScheduler): () => void {
  return startFrameLoop(store, (state) => state.advance(state.settings.stepsPerFrame, FRAME_BUDGET_MS), scheduler);
}
