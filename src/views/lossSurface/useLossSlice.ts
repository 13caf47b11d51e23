import { useEffect, useState, type RefObject } from 'react';
import { shallow } from 'zustand/shallow';
import type { Dataset } from '../../model/dataset';
import type { ThetaParts } from '../../model/initialization';
import { differenceFromCentre, planeThrough, projectOntoSlice, redundantAxisSlice, sliceExtent, type SliceGrid, type SlicePlane } from '../../model/lossSlice';
import type { ObjectiveSpec } from '../../model/objective';
import { dot, type Parametrization } from '../../model/parameters';
import { sliceBasis, type SliceBasis } from '../../model/sliceDirections';
import type { LabState } from '../../store/createAppStore';
import { useLabStore } from '../../store/LabStoreContext';
import type { ModelSettings, SliceAxes } from '../../store/settings';
import type { TrajectoryMove } from '../../store/trajectory';
import { curvatureAtTheta } from '../hessianSpectrum/spectrum';
import { createFrameThrottle } from '../common/frameThrottle';
import { afterNextPaint, watchVisibility } from '../common/visibilityWatch';
import type { SliceJob, SliceResult } from './sliceJob';
import { createSliceRunner } from './sliceRunner';

/** Grid points per side of the cheap redundant-axis slice (one data pass per row). */
const FAST_RESOLUTION = 49;
/**
 * The same slice while training plays: a quarter of the work and far fewer contour vertices to draw, at a rate
 * the eye cannot tell from the fine grid on a moving surface; pausing redraws it at FAST_RESOLUTION.
 */
const PLAYING_FAST_RESOLUTION = 25;
/** The brute-force slices: a quick coarse preview, then the finished grid. */
const BRUTE_FORCE_RESOLUTIONS = [13, 41] as const;
/** The slice reaches at least this far from θ along each axis (free-parameter units). */
const MIN_EXTENT = 3;
/** Views of the slice follow changes at most this often (ms), and training while it plays. */
const REFRESH_INTERVAL_MS = 50;
const PLAYING_REFRESH_INTERVAL_MS = 100;
/**
 * While training plays, a brute-force slice is recomputed once θ has moved this fraction of the extent, or an
 * axis has turned this much; when it is paused, after any move.
 */
const RECENTRE_FRACTION = 0.01;
const MIN_AXIS_COSINE = 0.9999;

/** What a slice depends on besides θ; compared by identity, since the store replaces what changes. */
interface SliceContext {
  readonly axes: SliceAxes;
  readonly model: ModelSettings;
  readonly data: Dataset;
}

/** A computed grid and the plane it was computed on. */
export interface ShownSlice {
  readonly grid: SliceGrid;
  readonly plane: SlicePlane;
  readonly basis: SliceBasis;
  readonly classes: number;
  readonly parametrization: Parametrization;
}

export interface LossSliceView {
  /** The grid on screen, possibly from a slightly earlier θ; null while the first grid of new axes is computed. */
  readonly shown: ShownSlice | null;
  /** The basis for the current θ and settings: what the axes are. */
  readonly basis: SliceBasis | null;
  readonly spec: ObjectiveSpec | null;
  /** Recent θs projected onto the shown plane, oldest first. */
  readonly trail: [number, number][];
  /** How the trail went from each θ to the next: steps, or shifts (which are no steps). */
  readonly trailMoves: readonly TrajectoryMove[];
  /** The oldest θ of the trail is far from the plane: the path mostly left it, so little of it shows. */
  readonly trailMostlyOffPlane: boolean;
  /** The current θ projected onto the shown plane ((0, 0) when the grid is up to date). */
  readonly current: [number, number] | null;
  /** Hessian eigenvalues at θ, largest first (for choosing eigenvector axes). */
  readonly eigenvalues: Float64Array;
  /** Step and J of the current θ, read with the rest so the panel re-renders only when this view changes. */
  readonly step: number;
  readonly loss: number;
  /** A finer grid is on its way. */
  readonly computing: boolean;
  readonly error: string | null;
}

const EMPTY: LossSliceView = { shown: null, basis: null, spec: null, trail: [], trailMoves: [], trailMostlyOffPlane: false, current: null, eigenvalues: new Float64Array(0), step: 0, loss: Number.NaN, computing: false, error: null };

const sameContext = (a: SliceContext | null, b: SliceContext) => a !== null && a.axes === b.axes && a.model === b.model && a.data === b.data;

/** Less than a fifth of the way from `theta` to the plane's centre lies in the plane (and the way is not negligible). */
function mostlyOffPlane(theta: ThetaParts, [a, b]: [number, number], slice: ShownSlice): boolean {
  const offset = differenceFromCentre(theta, slice.plane, slice.classes, slice.parametrization);
  const distance = Math.sqrt(dot(offset, offset));
  return distance > 0.05 * slice.grid.extent && Math.hypot(a, b) < 0.2 * distance;
}

const sameVector = (a: Float64Array, b: Float64Array) => a.every((x, i) => x === b[i]);

const currentParts = (state: LabState): ThetaParts => ({ identifiable: state.identifiable, redundant: state.summary.redundant });

/** Whether a grid computed on `previous` with `previousExtent` still shows `plane` at `extent` well enough. */
function stillCurrent(previous: SlicePlane, previousExtent: number, plane: SlicePlane, extent: number, playing: boolean): boolean {
  if (previousExtent !== extent || previous.center.length !== plane.center.length) return false;
  if (!playing) {
    return sameVector(previous.center, plane.center) && sameVector(previous.offset, plane.offset) && sameVector(previous.u, plane.u) && sameVector(previous.v, plane.v);
  }
  const offset = plane.center.map((x, i) => x - previous.center[i] + plane.offset[i % 3] - previous.offset[i % 3]);
  return (
    Math.sqrt(dot(offset, offset)) <= RECENTRE_FRACTION * extent &&
    dot(previous.u, plane.u) >= MIN_AXIS_COSINE &&
    dot(previous.v, plane.v) >= MIN_AXIS_COSINE
  );
}

/**
 * The loss surface around the current θ, following the store through a throttled subscription. The default
 * slice (redundant axis) is cheap and computed here; any other slice goes to a worker, and the last grid stays
 * on screen (with the trail projected onto it) until the next one arrives.
 *
 * The first slice waits until the page has been painted once; while training plays and `watched` is off-screen,
 * nothing is computed, and the slice catches up when it comes into view or training stops.
 */
export function useLossSlice(watched: RefObject<HTMLElement | null>): LossSliceView {
  const store = useLabStore();
  const [view, setView] = useState<LossSliceView>(EMPTY);

  useEffect(() => {
    let context: SliceContext | null = null;
    let shown: ShownSlice | null = null;
    let requested: (Omit<ShownSlice, 'grid'> & { id: number; context: SliceContext; extent: number }) | null = null;
    let latest: Omit<LossSliceView, 'shown' | 'trail' | 'trailMoves' | 'trailMostlyOffPlane' | 'current' | 'computing' | 'step' | 'loss'> = EMPTY;
    let computing = false;
    /** Why the last requested job failed; it stays on screen until something asks for a new job. */
    let failure: string | null = null;
    let nextId = 1;

    const publish = (state: LabState) => {
      const on = shown;
      const project = (thetas: readonly ThetaParts[]) => (on === null ? [] : projectOntoSlice(thetas, on.plane, on.classes, on.parametrization));
      const trail = project(state.trajectory);
      setView({
        ...latest,
        shown,
        trail,
        trailMoves: on === null ? [] : state.trajectoryMoves,
        trailMostlyOffPlane: on !== null && trail.length > 1 && mostlyOffPlane(state.trajectory[0], trail[0], on),
        current: project([currentParts(state)])[0] ?? null,
        step: state.step,
        loss: state.current.loss,
        computing,
      });
    };

    const onResult = (result: SliceResult) => {
      if (requested === null || result.id !== requested.id || !sameContext(context, requested.context)) return;
      if ('error' in result) {
        failure = `This slice could not be computed: ${result.error}.`;
        latest = { ...latest, error: failure };
        computing = false;
      } else {
        const { plane, basis, classes, parametrization } = requested;
        shown = { grid: result.grid, plane, basis, classes, parametrization };
        computing = !result.final;
      }
      publish(store.getState());
    };
    const runner = createSliceRunner(onResult);

    const refresh = () => {
      const state = store.getState();
      const nextContext: SliceContext = { axes: state.view.sliceAxes, model: state.model, data: state.data };
      const contextChanged = !sameContext(context, nextContext);
      context = nextContext;
      if (contextChanged) shown = null;
      try {
        const { objective, eigen } = curvatureAtTheta(state, store.caches);
        const previous = shown?.basis ?? (requested !== null && sameContext(requested.context, nextContext) ? requested.basis : undefined);
        const basis = sliceBasis(nextContext.axes, state.data.classes, objective.spec.parametrization, eigen, previous);
        const plane = planeThrough(currentParts(state), objective.spec.parametrization, basis.u, basis.v);
        const { classes } = state.data;
        const { parametrization } = objective.spec;
        const extent = sliceExtent(projectOntoSlice([...state.trajectory, currentParts(state)], plane, classes, parametrization), MIN_EXTENT);
        latest = { basis, spec: objective.spec, eigenvalues: eigen.values.slice().reverse(), error: null };
        if (basis.firstIsRedundant) {
          const resolution = state.playing ? PLAYING_FAST_RESOLUTION : FAST_RESOLUTION;
          shown = { grid: redundantAxisSlice(objective, plane, resolution, extent), plane, basis, classes, parametrization };
          computing = false;
          failure = null;
        } else if (requested === null || !sameContext(requested.context, nextContext) || !stillCurrent(requested.plane, requested.extent, plane, extent, state.playing)) {
          const job: SliceJob = { id: nextId++, data: state.data, spec: objective.spec, plane, extent, resolutions: BRUTE_FORCE_RESOLUTIONS };
          requested = { id: job.id, context: nextContext, basis, extent, plane, classes, parametrization };
          computing = true;
          failure = null;
          runner.request(job);
        }
        latest = { ...latest, error: failure };
      } catch (error) {
        latest = { ...EMPTY, error: `The loss surface could not be computed for these settings: ${(error as Error).message}.` };
        shown = null;
        computing = false;
      }
      publish(state);
    };

    const visibility = watchVisibility(watched.current, () => throttle.schedule());
    const refreshIfSeen = () => {
      if (store.getState().playing && !visibility.isVisible()) return;
      refresh();
    };
    // After the paint: the slice along m costs ~25 ms at N = 10,000, which a click's new point need not wait for.
    const throttle = createFrameThrottle(refreshIfSeen, () => (store.getState().playing ? PLAYING_REFRESH_INTERVAL_MS : REFRESH_INTERVAL_MS), true);
    // `playing` too: pausing refines the default slice to its full resolution (and catches up an unseen one).
    const unsubscribe = store.subscribe((s) => [s.theta, s.trajectory, s.data, s.model, s.view.sliceAxes, s.playing], throttle.schedule, { equalityFn: shallow });
    const cancelFirst = afterNextPaint(throttle.schedule);
    return () => {
      unsubscribe();
      cancelFirst();
      throttle.cancel();
      visibility.stop();
      runner.dispose();
    };
  }, [store, watched]);

  return view;
}
