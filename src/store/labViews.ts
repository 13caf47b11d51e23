import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CurveSample } from '../model/curveHistory';
import type { Dataset } from '../model/dataset';
import type { MaxMargin } from '../model/maxMargin';
import type { Objective } from '../model/objective';
import type { PlanePoint } from '../model/regionBoundaries';

/**
 * What one lab's views share beyond its settings: the point the pointer probes, the Probe tool, the SVM overlay.
 * View state only: never in a link, a saved session or the lab's settings (whose `view.tool` holds the editing
 * tools a link restores). Kept in its own small store so that a pointer moving over the plot wakes no lab
 * subscriber, and made by createAppStore so two labs on one page share nothing.
 */
export interface LabViewState {
  /** The last point of the plane probed on the decision-regions plot (hover, tap with the Probe tool, long-press). */
  readonly probedPoint: PlanePoint | null;
  /** The Probe tool: a click or tap shows P(y|x) there instead of adding or erasing a point. */
  readonly probeTool: boolean;
  /** Whether the decision-regions plot draws the max-margin SVM's boundaries (the Max margin panel's checkbox). */
  readonly svmOverlay: boolean;
  setProbedPoint(point: PlanePoint | null): void;
  setProbeTool(on: boolean): void;
  showSvmOverlay(show: boolean): void;
}

export type LabViewStore = StoreApi<LabViewState>;

export function createLabViewStore(): LabViewStore {
  return createStore<LabViewState>()((set) => ({
    probedPoint: null,
    probeTool: false,
    svmOverlay: false,
    setProbedPoint: (probedPoint) => set({ probedPoint }),
    setProbeTool: (probeTool) => set({ probeTool }),
    showSvmOverlay: (svmOverlay) => set({ svmOverlay }),
  }));
}

/** The trainer's objective and its Hessian at θ (evaluated at θ − m), for the key it was computed for. */
export interface HessianAtTheta {
  readonly objective: Objective;
  readonly hessian: Float64Array;
}

/**
 * Values derived from one lab's state that cost a pass over the points or a solver run, kept for that lab only.
 * Every key is an immutable object the lab published (its points, θ − m, the SVM direction), so an entry is never
 * stale, and the weak maps let go of it with the data.
 */
export interface LabCaches {
  /** The Hessian at the last θ − m, points and model asked about (the spectrum and the stable step share it). */
  hessian: { readonly key: readonly unknown[]; readonly value: HessianAtTheta } | null;
  /** Max-margin solves in flight and done, per data set and parametrisation key. */
  readonly maxMarginPending: WeakMap<Dataset, Map<string, Promise<MaxMargin>>>;
  readonly maxMarginSettled: WeakMap<Dataset, Map<string, MaxMargin>>;
  /** The angle to the SVM direction at each curve sample, per direction. */
  readonly marginAngles: WeakMap<Float64Array, WeakMap<CurveSample, number>>;
  /**
   * The angles of a run's first steps by step, per direction and run (its step-0 sample): kept after the curve
   * history has thinned those samples out, so the angle chart still starts where the run did.
   */
  readonly marginEarlyAngles: WeakMap<Float64Array, WeakMap<CurveSample, Map<number, number>>>;
}

export function createLabCaches(): LabCaches {
  return { hessian: null, maxMarginPending: new WeakMap(), maxMarginSettled: new WeakMap(), marginAngles: new WeakMap(), marginEarlyAngles: new WeakMap() };
}
