import type { AppStore, LabState } from '../createAppStore';

/** Resolves once the lab's step limit at the minimiser has been found (a search findMinimiserStep or an overshoot started). */
export function minimiserStepFound(store: AppStore): Promise<LabState> {
  const found = (state: LabState) => state.minimiserStep !== null && state.minimiserStep.answer !== null;
  return new Promise((resolve) => {
    if (found(store.getState())) return resolve(store.getState());
    const stop = store.subscribe((state) => {
      if (!found(state)) return;
      stop();
      resolve(state);
    });
  });
}
