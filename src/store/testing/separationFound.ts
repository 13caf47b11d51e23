import type { AppStore, LabState } from '../createAppStore';

/** The lab's state once its points' separation is known (it is found off the main thread, after creation and changes). */
export function separationFound(store: AppStore): Promise<LabState> {
  return new Promise((resolve) => {
    if (store.getState().separation !== null) return resolve(store.getState());
    const stop = store.subscribe((state) => {
      if (state.separation === null) return;
      stop();
      resolve(state);
    });
  });
}
