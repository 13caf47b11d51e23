import { useEffect, useState, type RefObject } from 'react';
import { shallow } from 'zustand/shallow';
import { useLabStore } from '../../store/LabStoreContext';
import { createFrameThrottle } from '../common/frameThrottle';
import { heavyWorkInterval } from '../common/readoutThrottle';
import { watchVisibility } from '../common/visibilityWatch';
import { spectrumView, type SpectrumView } from './spectrum';

/** Recomputed at most this often while paused (a Hessian, one pass over the points); 2 Hz while training plays. */
const REFRESH_INTERVAL_MS = 100;

/**
 * The Hessian spectrum at the current θ, following the store through a throttled subscription; while training
 * plays and `watched` is off screen it waits, and catches up when the panel scrolls into view or playing stops.
 */
export function useHessianSpectrum(watched: RefObject<HTMLElement | null>): SpectrumView {
  const store = useLabStore();
  const [view, setView] = useState(() => spectrumView(store.getState()));
  useEffect(() => {
    const visibility = watchVisibility(watched.current, () => throttle.schedule());
    const refreshIfSeen = () => {
      if (store.getState().playing && !visibility.isVisible()) return;
      setView(spectrumView(store.getState()));
    };
    const throttle = createFrameThrottle(refreshIfSeen, heavyWorkInterval(store, REFRESH_INTERVAL_MS), true);
    const unsubscribe = store.subscribe((s) => [s.theta, s.identifiable, s.data, s.model, s.playing], throttle.schedule, { equalityFn: shallow });
    // The state may have changed between the first render and this effect.
    throttle.schedule();
    return () => {
      unsubscribe();
      throttle.cancel();
      visibility.stop();
    };
  }, [store, watched]);
  return view;
}
