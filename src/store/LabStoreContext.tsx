import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppStore, LabState } from './createAppStore';

const LabStoreContext = createContext<AppStore | null>(null);

export function LabStoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <LabStoreContext.Provider value={store}>{children}</LabStoreContext.Provider>;
}

/** The store itself, for transient subscriptions (canvas drawing) that must not re-render React. */
export function useLabStore(): AppStore {
  const store = useContext(LabStoreContext);
  if (store === null) throw new Error('useLabStore must be used inside a LabStoreProvider');
  return store;
}

/** One slice of the state; the component re-renders only when that slice changes (select primitives). */
export function useLab<T>(selector: (state: LabState) => T): T {
  return useStore(useLabStore(), selector);
}
