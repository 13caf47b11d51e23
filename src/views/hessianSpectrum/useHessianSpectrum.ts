import type { RefObject } from 'react';
import type { LabState } from '../../store/createAppStore';
import { useHeavyReadout } from '../common/useHeavyReadout';
import { spectrumView, type SpectrumView } from './spectrum';

const spectrumInputs = (s: LabState) => [s.theta, s.identifiable, s.data, s.model];

/** The Hessian spectrum at the current θ (a Hessian: one pass over the points), throttled as a heavy read-out. */
export function useHessianSpectrum(watched: RefObject<HTMLElement | null>): SpectrumView {
  return useHeavyReadout(spectrumView, spectrumInputs, watched);
}
