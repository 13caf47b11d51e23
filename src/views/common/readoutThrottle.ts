import type { StoreApi } from 'zustand/vanilla';
import { createFrameThrottle, type FrameThrottle } from './frameThrottle';

/** While training plays, numbers change every frame: about ten times a second is as fast as anyone reads. */
export const READOUT_INTERVAL_MS = 100;

/** Charts and moving marks while training plays: ~16 Hz looks continuous and costs a quarter of every frame. */
export const CHART_INTERVAL_MS = 60;

/**
 * Work of several milliseconds at N = 10,000 (a Hessian, a step taken apart) while training plays: twice a
 * second. Each run delays the next frame (it does not fit beside the steps); at 4 Hz the top speed at N = 10,000,
 * K = 8 measured 55.7 fps and 691 steps/s, at 2 Hz 57 fps and 768 steps/s.
 */
export const HEAVY_INTERVAL_MS = 500;

/** A refresh interval for createFrameThrottle: `idleMs` while the store is stopped, HEAVY_INTERVAL_MS while it plays. */
export function heavyWorkInterval(store: { getState(): { readonly playing: boolean } }, idleMs: number): () => number {
  return () => (store.getState().playing ? HEAVY_INTERVAL_MS : idleMs);
}

/**
 * Passes `select(state)` to `publish` on every change while the store is stopped (a step or an edit shows at
 * once), but at most every READOUT_INTERVAL_MS while it plays; the moment playing stops, the final value is
 * published. Returns the unsubscribe. `throttle` is injectable so tests need no clock.
 */
export function watchReadout<S extends { readonly playing: boolean }, T>(
  store: StoreApi<S>,
  select: (state: S) => T,
  publish: (value: T) => void,
  throttle: (task: () => void) => FrameThrottle = (task) => createFrameThrottle(task, READOUT_INTERVAL_MS),
): () => void {
  const update = () => publish(select(store.getState()));
  const playingUpdates = throttle(update);
  const unsubscribe = store.subscribe((state) => {
    if (state.playing) return playingUpdates.schedule();
    playingUpdates.cancel();
    update();
  });
  return () => {
    unsubscribe();
    playingUpdates.cancel();
  };
}
