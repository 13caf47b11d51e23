export interface FrameScheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

const animationFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/** A store that says whether it is playing, subscribable to that one flag (zustand's subscribeWithSelector). */
export interface PlayableStore<S extends { readonly playing: boolean }> {
  getState(): S;
  subscribe(selector: (state: S) => boolean, listener: (playing: boolean) => void): () => void;
}

/**
 * Calls `runFrame` once per animation frame while the store plays, and requests no frames at all while it is
 * paused. Returns a function that stops the loop. The scheduler is injectable so tests can drive frames.
 */
export function startFrameLoop<S extends { readonly playing: boolean }>(
  store: PlayableStore<S>,
  runFrame: (state: S) => void,
  scheduler: FrameScheduler = animationFrames,
): () => void {
  let handle: number | null = null;
  const frame = () => {
    handle = null;
    const state = store.getState();
    if (!state.playing) return;
    runFrame(state);
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
