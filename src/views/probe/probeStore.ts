import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { PlanePoint } from '../../model/regionBoundaries';

interface ProbeState {
  /** The last point of the plane probed on the decision-regions plot (hover, tap with the Probe tool, long-press). */
  readonly point: PlanePoint | null;
  /** The Probe tool: a click or tap shows P(y|x) there instead of adding or erasing a point. */
  readonly probeTool: boolean;
}

/**
 * What the pointer is looking at, shared by the plot (which sets it), the Numerics panel and the lessons (which
 * read it). View state only: never in a link, a saved session or the lab store's settings (whose `view.tool`
 * holds the editing tools a link restores).
 */
const probeStore = createStore<ProbeState>(() => ({ point: null, probeTool: false }));

/** The last probed point (it stays after the pointer leaves the plot), or null until one is probed. */
export function useProbedPoint(): PlanePoint | null {
  return useStore(probeStore, (s) => s.point);
}

export function setProbedPoint(point: PlanePoint | null): void {
  probeStore.setState({ point });
}

export function useProbeTool(): boolean {
  return useStore(probeStore, (s) => s.probeTool);
}

export function setProbeTool(on: boolean): void {
  probeStore.setState({ probeTool: on });
}
