import { useEffect } from 'react';
import type { MinimiserStableStep } from '../../model/minimiserStableStep';
import { useLab, useLabStore } from '../../store/LabStoreContext';

/**
 * The lab's 2/hₘₐₓ(H(θ*)) at the minimiser for its points and objective (state.minimiserStep, which this asks the
 * store to find whenever they change): null while Newton's method runs in a worker; `unknown` while the points'
 * separation, which decides whether there is a minimiser, is being found. Found once per points and objective, not
 * per step: θ* does not move while training does.
 */
export function useMinimiserStableStep(): MinimiserStableStep | null {
  const store = useLabStore();
  // Cleared by the store whenever the points, their separation or the objective change: asked for again then.
  const asked = useLab((s) => s.minimiserStep !== null);
  useEffect(() => {
    if (!asked) store.getState().findMinimiserStep();
  }, [store, asked]);
  return useLab((s) => s.minimiserStep?.answer ?? null);
}
