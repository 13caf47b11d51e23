import { createStoreContext } from '../createStoreContext';
import type { RaceStore } from './createRaceStore';

export const { Provider: RaceStoreProvider, useStoreApi: useRaceStore, useSelect: useRace } = createStoreContext<RaceStore>('RaceStoreProvider');
