import type { AppStore } from './createAppStore';
import { createStoreContext } from './createStoreContext';

export const { Provider: LabStoreProvider, useStoreApi: useLabStore, useSelect: useLab } = createStoreContext<AppStore>('LabStoreProvider');
