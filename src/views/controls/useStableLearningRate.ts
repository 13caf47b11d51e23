import type { RefObject } from 'react';
import { stableLearningRate } from '../../model/stableStep';
import type { LabState } from '../../store/createAppStore';
import { useHeavyReadout } from '../common/useHeavyReadout';
import { hessianAtTheta, type HessianCache } from '../hessianSpectrum/spectrum';

/**
 * 2/λmax(H) at the lab's θ, from its settings (views never reach into the trainer): H at θ − m, which the
 * data term's Hessian depends on without the digits a huge class-mean would cost. Null when θ or H is not finite.
 */
export function stableLearningRateOf(state: LabState, caches?: HessianCache): number | null {
  const { objective, hessian } = hessianAtTheta(state, caches);
  return stableLearningRate(hessian, objective.dimension);
}

const stableStepInputs = (s: LabState) => [s.identifiable, s.data, s.model];

/** The lab's 2/λmax(H) (a Hessian: one pass over the points), throttled as a heavy read-out. */
export function useStableLearningRate(watched: RefObject<HTMLElement | null>): number | null {
  return useHeavyReadout(stableLearningRateOf, stableStepInputs, watched);
}
