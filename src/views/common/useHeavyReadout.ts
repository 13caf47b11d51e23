import { useEffect, useState, type RefObject } from 'react';
import { shallow } from 'zustand/shallow';
import type { LabState } from '../../store/createAppStore';
import type { LabCaches } from '../../store/labViews';
import { useLabStore } from '../../store/LabStoreContext';
import { createFrameThrottle } from './frameThrottle';
import { heavyWorkInterval } from './readoutThrottle';
import { watchVisibility } from './visibilityWatch';

/** Recomputed at most this often while paused; heavyWorkInterval's twice a second while training plays. */
const PAUSED_INTERVAL_MS = 100;

/**
 * A read-out that costs a pass over the points or more (a Hessian, a step taken apart), following the lab's store
 * through a throttled subscription to the fields `inputs` picks: at most every 100 ms while paused, twice a second
 * while training plays, and after the frame's paint, so the steps and the light panels keep their frames. While
 * training plays and `watched` is off screen it waits, and catches up when the panel scrolls into view or playing
 * stops. `compute` gets the lab's caches (a Hessian shared by the panels). `compute` and `inputs` must keep their identity between renders (module functions or useCallback).
 */
export function useHeavyReadout<T>(compute: (state: LabState, caches: LabCaches) => T, inputs: (state: LabState) => readonly unknown[], watched: RefObject<HTMLElement | null>): T {
  const store = useLabStore();
  const [value, setValue] = useState(() => compute(store.getState(), store.caches));
  useEffect(() => {
    const visibility = watchVisibility(watched.current, () => throttle.schedule());
    const refreshIfSeen = () => {
      if (store.getState().playing && !visibility.isVisible()) return;
      setValue(compute(store.getState(), store.caches));
    };
    const throttle = createFrameThrottle(refreshIfSeen, heavyWorkInterval(store, PAUSED_INTERVAL_MS), true);
    const unsubscribe = store.subscribe((s) => [...inputs(s), s.playing], throttle.schedule, { equalityFn: shallow });
    // The state may have changed between the first render and this effect.
    throttle.schedule();
    return () => {
      unsubscribe();
      throttle.cancel();
      visibility.stop();
    };
  }, [store, compute, inputs, watched]);
  return value;
}
