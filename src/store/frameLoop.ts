export interface FrameScheduler {
  /** The callback gets the frame's time (requestAnimationFrame's timestamp) when the scheduler knows it. */
  request(callback: (frameTime?: number) => void): number;
  cancel(handle: number): void;
}

/** Milliseconds from an injectable source: performance.now() in the page, a fake in tests (no real time). */
export type Clock = () => number;

export const pageClock: Clock = () => performance.now();

/**
 * A share of a frame for steps: where the adaptive budget starts, and the slice of the embed's step command. A 60 Hz frame lasts
 * 16.7 ms; publishing the state, React and painting the panels took about 8.5 ms of it at N = 1000, K = 5 (README,
 * Performance). At the top speed there, 8 ms gave 58.7 fps and 6,700 steps/s; 10 ms gave 51 fps and 7,500.
 */
export const FRAME_BUDGET_MS = 8;

/** The display's frame interval until a shorter one is seen: 60 Hz, what most displays refresh at. */
export const FRAME_INTERVAL_MS = 1000 / 60;
/**
 * Left free in every frame for what the estimate of the rest misses (compositing, an input event, the rest's
 * frame-to-frame spread): where the headroom starts. It then adapts: every on-time frame whose steps used their whole
 * budget takes HEADROOM_SHRINK_MS off it, every late frame adds HEADROOM_GROWTH_MS, within [MIN_HEADROOM_MS,
 * MAX_HEADROOM_MS]. It settles where about one frame in fifty comes late (0.5 × late = 0.01 × on time): a steady
 * machine gives the steps nearly the whole frame, a busy or jittery one keeps more free.
 */
export const HEADROOM_MS = 2;
export const MIN_HEADROOM_MS = 0.5;
export const MAX_HEADROOM_MS = 4;
const HEADROOM_SHRINK_MS = 0.01;
const HEADROOM_GROWTH_MS = 0.5;
/** The adaptive budget's bounds: training always advances, and never takes a frame whole. */
export const MIN_BUDGET_MS = 4;
export const MAX_BUDGET_MS = 12;
/** The newest frame's weight in the estimate of the rest of a frame: a one-off slow frame moves it a quarter. */
const REST_SMOOTHING = 0.25;
/** A frame that starts this many frame periods after the last came late: the last frame's work did not fit. */
const LATE_FRAME = 1.5;
/** A pause longer than this many frame periods is a gap (paused, a hidden tab), which says nothing about the frames. */
const GAP_FRAMES = 4;
/** Frame times closer than this are no display's refresh (an unthrottled or repeated callback): not an interval. */
const SHORTEST_DISPLAY_INTERVAL_MS = 1000 / 250;
/** A measured interval may read a little long (timer jitter): within this share it still fits a whole time into 60 Hz. */
const INTERVAL_JITTER = 0.05;

/** How long a batch of steps may run, on which clock. */
export interface FrameBudget {
  readonly ms: number;
  readonly clock: Clock;
}

/** No time limit: a batch asked for outside the animation loop (a test, a single step) runs whole. */
export const UNLIMITED: FrameBudget = { ms: Infinity, clock: () => 0 };

/** A budget that follows how long the rest of each frame takes; the loop tells it where a frame stands. */
export interface AdaptiveBudget extends FrameBudget {
  /** The display's frame interval as measured from the frame times (60 Hz until then). */
  readonly displayIntervalMs: number;
  /** The time one frame of steps and panels aims to fit in: a whole number of display intervals. */
  readonly framePeriodMs: number;
  /** What the budget leaves free in each frame now (HEADROOM_MS adapted to how often frames come late). */
  readonly headroomMs: number;
  /** This frame measures the display's interval (see createAdaptiveBudget): it takes no steps. */
  readonly probing: boolean;
  /** At the start of a frame, before its steps; `frameTime` is requestAnimationFrame's timestamp when known. */
  frameStarted(frameTime?: number): void;
  /** When the frame's steps are done. */
  stepsDone(): void;
  /** Once the frame's other work (React, the panels, layout, paint) is done. */
  frameDone(): void;
}

/**
 * The time a frame of steps and panels aims to fit in: the shortest whole number of display intervals that leaves
 * the steps MIN_BUDGET_MS beside the rest of the frame and the headroom, and never more than a 60 Hz frame. On a
 * 60 Hz display that is every frame; on a 120 Hz display every frame when the panels are quick (under 2.3 ms),
 * otherwise every other frame: training at 60 frames per second gets the same share of time as on a 60 Hz
 * display, rather than a sliver of twice as many frames each of which pays for the panels again.
 */
export function framePeriod(displayInterval: number, rest: number): number {
  const fitsIn60Hz = Math.max(1, Math.floor(FRAME_INTERVAL_MS / displayInterval + INTERVAL_JITTER));
  const needed = Math.ceil((rest + HEADROOM_MS + MIN_BUDGET_MS) / displayInterval);
  return displayInterval * Math.min(fitsIn60Hz, Math.max(1, needed));
}

/**
 * The frame period (framePeriod) minus what the rest of a frame has lately taken (publishing, React, the panels,
 * layout and paint: from the end of the steps to frameDone) and the headroom (HEADROOM_MS, adapted), within [MIN_BUDGET_MS,
 * MAX_BUDGET_MS]: the steps get whatever time the panels leave, so cheaper panels mean more steps at the same frame
 * rate. A frame that starts late shows work the rest missed (a worker's picture, a read-out computed after the
 * paint): then the whole time between the frames, less the steps, counts as the rest. Starts at FRAME_BUDGET_MS.
 *
 * The display's interval comes from the frame times (requestAnimationFrame's timestamps, which fall on the
 * display's ticks): the first frame after a start or a pause is a probe that takes no steps, so it comes back on
 * the next tick at any refresh rate, and the time to the next frame is one display interval (60 Hz at most
 * assumed slower); any shorter interval seen later lowers it. Without frame times the display is taken as 60 Hz.
 */
export function createAdaptiveBudget(clock: Clock): AdaptiveBudget {
  let rest = FRAME_INTERVAL_MS - HEADROOM_MS - FRAME_BUDGET_MS;
  let headroom = HEADROOM_MS;
  /** The last frame's steps ran until the budget was spent (not stopped by the steps-per-frame limit). */
  let budgetSpent = false;
  let displayInterval = FRAME_INTERVAL_MS;
  let lastFrameTime = Number.NaN;
  let probing = false;
  let frameStart = Number.NaN;
  let stepsEnd = Number.NaN;
  let lastPeriod = FRAME_INTERVAL_MS;
  const observe = (ms: number) => {
    if (Number.isFinite(ms) && ms >= 0) rest += REST_SMOOTHING * (ms - rest);
  };
  const period = () => framePeriod(displayInterval, rest);
  const budgetMs = () => Math.min(MAX_BUDGET_MS, Math.max(MIN_BUDGET_MS, period() - headroom - rest));
  const measureDisplay = (frameTime: number) => {
    const sinceLast = frameTime - lastFrameTime;
    const display = sinceLast >= SHORTEST_DISPLAY_INTERVAL_MS && sinceLast <= FRAME_INTERVAL_MS;
    if (probing) displayInterval = display ? sinceLast : FRAME_INTERVAL_MS;
    else if (display && sinceLast < displayInterval) displayInterval = sinceLast;
    // The first frame, and the first after a gap (paused, a hidden tab), probes the display.
    probing = !(sinceLast < GAP_FRAMES * period());
    lastFrameTime = frameTime;
  };
  return {
    clock,
    get ms() {
      return budgetMs();
    },
    get headroomMs() {
      return headroom;
    },
    get displayIntervalMs() {
      return displayInterval;
    },
    get framePeriodMs() {
      return period();
    },
    get probing() {
      return probing;
    },
    frameStarted(frameTime) {
      const now = clock();
      if (frameTime !== undefined) measureDisplay(frameTime);
      // Late against the period the last frame aimed at (the period may change with the rest or the display).
      const interval = now - frameStart;
      const late = interval > LATE_FRAME * lastPeriod && interval < GAP_FRAMES * lastPeriod;
      if (late) {
        observe(interval - (stepsEnd - frameStart));
        headroom = Math.min(MAX_HEADROOM_MS, headroom + HEADROOM_GROWTH_MS);
      } else if (budgetSpent && interval <= LATE_FRAME * lastPeriod) {
        headroom = Math.max(MIN_HEADROOM_MS, headroom - HEADROOM_SHRINK_MS);
      }
      budgetSpent = false;
      frameStart = now;
      lastPeriod = period();
      // A probe takes no steps: it ends here.
      if (probing) stepsEnd = now;
    },
    stepsDone() {
      const budget = budgetMs();
      stepsEnd = clock();
      budgetSpent = stepsEnd - frameStart >= budget;
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
  runFrame: (state: S, frameTime?: number) => void,
  scheduler: FrameScheduler = animationFrames,
): () => void {
  let handle: number | null = null;
  const frame = (frameTime?: number) => {
    handle = null;
    const state = store.getState();
    if (!state.playing) return;
    // Asked for before this frame's work, so the next frame's steps run before the animation frames the panels
    // request meanwhile: everything after the steps is then the rest of the frame (see AdaptiveBudget). A run that
    // stops inside runFrame cancels it (sync).
    handle = scheduler.request(frame);
    runFrame(state, frameTime);
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
