import { useStore } from 'zustand';
import type { AppStore } from './createAppStore';
import { createStoreContext } from './createStoreContext';
import type { LabViewState } from './labViews';

export const { Provider: LabStoreProvider, useStoreApi: useLabStore, useSelect: useLab } = createStoreContext<AppStore>('LabStoreProvider');

/** One slice of the lab's view state (the probe, the SVM overlay), or one of its actions. */
export function useLabView<T>(selector: (state: LabViewState) => T): T {
  return useStore(useLabStore().views, selector);
}
