import { useEffect, useState } from 'react';
import { shallow } from 'zustand/shallow';
import { useLabStore } from '../../store/LabStoreContext';
import { createFrameThrottle } from '../common/frameThrottle';
import { spectrumView, type SpectrumView } from './spectrum';

/** Cheap (at most 24×24), but recomputed at most this often while training plays. */
const REFRESH_INTERVAL_MS = 100;

/** The Hessian spectrum at the current θ, following the store through a throttled subscription. */
export function useHessianSpectrum(): SpectrumView {
  const store = useLabStore();
  const [view, setView] = useState(() => spectrumView(store.getState()));
  useEffect(() => {
    const throttle = createFrameThrottle(() => setView(spectrumView(store.getState())), REFRESH_INTERVAL_MS);
    const unsubscribe = store.subscribe((s) => [s.theta, s.identifiable, s.data, s.model], throttle.schedule, { equalityFn: shallow });
    // The state may have changed between the first render and this effect.
    throttle.schedule();
    return () => {
      unsubscribe();
      throttle.cancel();
    };
  }, [store]);
  return view;
}
