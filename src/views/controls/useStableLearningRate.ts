import { useEffect, useState } from 'react';
import { shallow } from 'zustand/shallow';
import { stableLearningRate } from '../../model/stableStep';
import type { LabState } from '../../store/createAppStore';
import { useLabStore } from '../../store/LabStoreContext';
import { createFrameThrottle } from '../common/frameThrottle';
import { heavyWorkInterval } from '../common/readoutThrottle';
import { hessianAtTheta } from '../hessianSpectrum/spectrum';

/** Recomputed at most this often while paused (a Hessian, one pass over the points); 2 Hz while training plays. */
const REFRESH_INTERVAL_MS = 100;

/**
 * 2/λmax(H) at the lab's θ, from its settings (views never reach into the trainer): H at θ − m, which the
 * data term's Hessian depends on without the digits a huge class-mean would cost. Null when θ or H is not finite.
 */
export function stableLearningRateOf(state: LabState): number | null {
  const { objective, hessian } = hessianAtTheta(state);
  return stableLearningRate(hessian, objective.dimension);
}

/** The lab's 2/λmax(H), following θ, the points and the model through a throttled subscription. */
export function useStableLearningRate(): number | null {
  const store = useLabStore();
  const [rate, setRate] = useState(() => stableLearningRateOf(store.getState()));
  useEffect(() => {
    const throttle = createFrameThrottle(() => setRate(stableLearningRateOf(store.getState())), heavyWorkInterval(store, REFRESH_INTERVAL_MS), true);
    const unsubscribe = store.subscribe((s) => [s.identifiable, s.data, s.model], throttle.schedule, { equalityFn: shallow });
    // The state may have changed between the first render and this effect.
    throttle.schedule();
    return () => {
      unsubscribe();
      throttle.cancel();
    };
  }, [store]);
  return rate;
}
