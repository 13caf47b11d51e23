import { startFrameLoop, type FrameScheduler } from '../frameLoop';
import type { RaceStore } from './createRaceStore';

/** A frame's share of the main thread: a slow race takes fewer steps per frame rather than freezing the page. */
export const RACE_FRAME_BUDGET_MS = 30;

/** Runs up to `stepsPerFrame` race steps per frame while the race plays. Returns a function that stops it. */
export function startRaceLoop(store: RaceStore, scheduler?: FrameScheduler): () => void {
  return startFrameLoop(store, (state) => state.advance(state.settings.stepsPerFrame, RACE_FRAME_BUDGET_MS), scheduler);
}
