export interface FrameScheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

/** Milliseconds from an injectable source: performance.now() in the page, a fake in tests (no real time). */
export type Clock = () => number;

export const pageClock: Clock = () => performance.now();

/**
 * A fixed share of a frame for steps (the race's, and where the lab's adaptive budget starts). A 60 Hz frame lasts
 * 16.7 ms; publishing the state, React and painting the panels took about 8.5 ms of it at N = 1000, K = 5 (README,
 * Performance). At the top speed there, 8 ms gave 58.7 fps and 6,700 steps/s; 10 ms gave 51 fps and 7,500.
 */
export const FRAME_BUDGET_MS = 8;

/** The frame interval the lab aims at: 60 Hz, what most displays refresh at. */
export const FRAME_INTERVAL_MS = 1000 / 60;
/** Left free in every frame for what the estimate of the rest misses (compositing, an input event). */
export const HEADROOM_MS = 2;
/** The adaptive budget's bounds: training always advances, and never takes a frame whole. */
export const MIN_BUDGET_MS = 4;
export const MAX_BUDGET_MS = 12;
/** The newest frame's weight in the estimate of the rest of a frame: a one-off slow frame moves it a quarter. */
const REST_SMOOTHING = 0.25;
/** A frame that starts this many intervals after the last came late: the last frame's work did not fit. */
const LATE_FRAME = 1.5;
/** A pause longer than this many intervals is a gap (paused, a hidden tab), which says nothing about the frames. */
const GAP_FRAMES = 4;

/** How long a batch of steps may run, on which clock. */
export interface FrameBudget {
  readonly ms: number;
  readonly clock: Clock;
}

/** No time limit: a batch asked for outside the animation loop (a test, a single step) runs whole. */
export const UNLIMITED: FrameBudget = { ms: Infinity, clock: () => 0 };

/** A budget that follows how long the rest of each frame takes; the loop tells it where a frame stands. */
export interface AdaptiveBudget extends FrameBudget {
  /** At the start of a frame, before its steps. */
  frameStarted(): void;
  /** When the frame's steps are done. */
  stepsDone(): void;
  /** Once the frame's other work (React, the panels, layout, paint) is done. */
  frameDone(): void;
}

/**
 * The frame interval minus what the rest of a frame has lately taken (publishing, React, the panels, layout and
 * paint: from the end of the steps to frameDone) and HEADROOM_MS, within [MIN_BUDGET_MS, MAX_BUDGET_MS]: the
 * steps get whatever time the panels leave, so cheaper panels mean more steps at the same frame rate. A frame
 * that starts late shows work the rest missed (a worker's picture, a read-out computed after the paint): then
 * the whole time between the frames, less the steps, counts as the rest. Starts at FRAME_BUDGET_MS.
 */
export function createAdaptiveBudget(clock: Clock): AdaptiveBudget {
  let rest = FRAME_INTERVAL_MS - HEADROOM_MS - FRAME_BUDGET_MS;
  let frameStart = Number.NaN;
  let stepsEnd = Number.NaN;
  const observe = (ms: number) => {
    if (Number.isFinite(ms) && ms >= 0) rest += REST_SMOOTHING * (ms - rest);
  };
  return {
    clock,
    get ms() {
      return Math.min(MAX_BUDGET_MS, Math.max(MIN_BUDGET_MS, FRAME_INTERVAL_MS - HEADROOM_MS - rest));
    },
    frameStarted() {
      const now = clock();
      const interval = now - frameStart;
      if (interval > LATE_FRAME * FRAME_INTERVAL_MS && interval < GAP_FRAMES * FRAME_INTERVAL_MS) observe(interval - (stepsEnd - frameStart));
      frameStart = now;
    },
    stepsDone() {
      stepsEnd = clock();
    },
    frameDone() {
      observe(clock() - stepsEnd);
    },
  };
}

/** Calls back once a frame's work (the other animation-frame callbacks, React, layout and paint) is done. */
export type AfterFrame = (callback: () => void) => void;

/** In the page: a timeout queued from an animation frame runs after that frame has been painted. */
export const afterPaint: AfterFrame = (callback) => void setTimeout(callback, 0);

/**
 * Calls `unit(remaining)`, which does up to `remaining` units of work and returns how many it did, until `limit`
 * units are done, a call does none (nothing left to do) or the budget's time has passed; returns the units done.
 * The clock is read after every call, so a frame overruns its budget by at most one call's work.
 */
export function runWithinBudget(limit: number, budget: FrameBudget, unit: (remaining: number) => number): number {
  const started = budget.clock();
  let done = 0;
  while (done < limit) {
    const did = unit(limit - done);
    if (did <= 0) break;
    done += did;
    if (budget.clock() - started >= budget.ms) break;
  }
  return done;
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
    // Asked for before this frame's work, so the next frame's steps run before the animation frames the panels
    // request meanwhile: everything after the steps is then the rest of the frame (see AdaptiveBudget). A run that
    // stops inside runFrame cancels it (sync).
    handle = scheduler.request(frame);
    runFrame(state);
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
