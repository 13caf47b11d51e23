import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { RaceState, RaceStore } from './createRaceStore';

const RaceStoreContext = createContext<RaceStore | null>(null);

export function RaceStoreProvider({ store, children }: { store: RaceStore; children: ReactNode }) {
  return <RaceStoreContext.Provider value={store}>{children}</RaceStoreContext.Provider>;
}

/** The race store itself, for transient subscriptions (canvas drawing) that must not re-render React. */
export function useRaceStore(): RaceStore {
  const store = useContext(RaceStoreContext);
  if (store === null) throw new Error('useRaceStore must be used inside a RaceStoreProvider');
  return store;
}

/** One slice of the race state; the component re-renders only when that slice changes (select primitives). */
export function useRace<T>(selector: (state: RaceState) => T): T {
  return useStore(useRaceStore(), selector);
}
