import { useEffect, useState } from 'react';
import { shallow } from 'zustand/shallow';
import type { LabState } from '../../store/createAppStore';
import { useLabStore } from '../../store/LabStoreContext';
import { createFrameThrottle } from '../common/frameThrottle';
import { curvatureAtTheta, spectrumSentence, summarizeSpectrum, type SpectrumSummary } from './spectrum';

export type SpectrumView =
  | { readonly ok: true; readonly summary: SpectrumSummary; readonly sentence: string; readonly step: number }
  | { readonly ok: false; readonly error: string };

/** Cheap (at most 24×24), but recomputed at most this often while training plays. */
const REFRESH_INTERVAL_MS = 100;

function spectrumView(state: LabState): SpectrumView {
  try {
    const { objective, eigen } = curvatureAtTheta(state);
    const summary = summarizeSpectrum(eigen.values);
    return { ok: true, summary, sentence: spectrumSentence(summary.zeroCount, objective.spec), step: state.step };
  } catch (error) {
    return { ok: false, error: `The Hessian could not be computed for these settings: ${(error as Error).message}.` };
  }
}

/** The Hessian spectrum at the current θ, following the store through a throttled subscription. */
export function useHessianSpectrum(): SpectrumView {
  const store = useLabStore();
  const [view, setView] = useState(() => spectrumView(store.getState()));
  useEffect(() => {
    const throttle = createFrameThrottle(() => setView(spectrumView(store.getState())), REFRESH_INTERVAL_MS);
    const unsubscribe = store.subscribe((s) => [s.theta, s.data, s.model], throttle.schedule, { equalityFn: shallow });
    // The state may have changed between the first render and this effect.
    throttle.schedule();
    return () => {
      unsubscribe();
      throttle.cancel();
    };
  }, [store]);
  return view;
}
