import { useEffect, useState, type RefObject } from 'react';
import { shallow } from 'zustand/shallow';
import { allFinite } from '../../model/parameters';
import { stepAnatomy, type StepAnatomy } from '../../model/stepAnatomy';
import type { LabState } from '../../store/createAppStore';
import { useLabStore } from '../../store/LabStoreContext';
import { trainerConfig } from '../../store/trainerConfig';
import { createFrameThrottle } from '../common/frameThrottle';
import { heavyWorkInterval } from '../common/readoutThrottle';
import { watchVisibility } from '../common/visibilityWatch';

/** Recomputed at most this often while paused (one pass over the points); less often while training plays. */
const REFRESH_INTERVAL_MS = 100;

/** The step the lab would take next, taken apart at one point; or why there is none. */
export type AnatomyView = { readonly ok: true; readonly anatomy: StepAnatomy; readonly step: number } | { readonly ok: false; readonly error: string };


/** The next GD step from the lab's θ (as θ − m and m, exactly as the trainer holds it), at `point`. */
export function anatomyView(state: LabState, point: number): AnatomyView {
  const pointCount = state.data.labels.length;
  if (pointCount === 0) return { ok: false, error: 'There are no points, so there is no step to show: add points or choose a data set.' };
  if (!allFinite(state.identifiable) || !allFinite(state.summary.redundant)) {
    return { ok: false, error: 'θ is not a finite number (the run diverged), so there is no step to show. Press Reset to start again.' };
  }
  const anatomy = stepAnatomy({
    data: state.data,
    parts: { identifiable: state.identifiable, redundant: state.summary.redundant },
    spec: trainerConfig(state).objective,
    learningRate: state.optimizer.learningRate,
    point: Math.min(point, pointCount - 1),
  });
  if (!allFinite(anatomy.thetaAfter)) return { ok: false, error: 'This step leaves θ not finite: lower the learning rate.' };
  return { ok: true, anatomy, step: state.step };
}

/**
 * anatomyView following the store through a throttled subscription: twice a second while training
 * plays (a pass over 10,000 points and a KaTeX typesetting cost ~10 ms), and not at all while `watched` is off
 * screen then; it catches up when the panel scrolls into view and when playing stops.
 */
export function useStepAnatomy(point: number, watched: RefObject<HTMLElement | null>): AnatomyView {
  const store = useLabStore();
  const [view, setView] = useState(() => anatomyView(store.getState(), point));
  useEffect(() => {
    const visibility = watchVisibility(watched.current, () => throttle.schedule());
    const refreshIfSeen = () => {
      if (store.getState().playing && !visibility.isVisible()) return;
      setView(anatomyView(store.getState(), point));
    };
    const throttle = createFrameThrottle(refreshIfSeen, heavyWorkInterval(store, REFRESH_INTERVAL_MS), true);
    const unsubscribe = store.subscribe((s) => [s.identifiable, s.summary, s.data, s.model, s.optimizer, s.playing], throttle.schedule, { equalityFn: shallow });
    throttle.schedule();
    return () => {
      unsubscribe();
      throttle.cancel();
      visibility.stop();
    };
  }, [store, point, watched]);
  return view;
}
