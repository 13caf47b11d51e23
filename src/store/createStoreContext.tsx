import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ExtractState, StoreApi } from 'zustand/vanilla';

/**
 * A React context for one kind of vanilla store (zustand's pattern: the store has no React, the hooks are a
 * thin wrapper). `name` is the provider's name, for the error thrown outside it.
 */
export function createStoreContext<Store extends StoreApi<unknown>>(name: string) {
  const StoreContext = createContext<Store | null>(null);

  function Provider({ store, children }: { store: Store; children: ReactNode }) {
    return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
  }

  /** The store itself, for transient subscriptions (canvas drawing) that must not re-render React. */
  function useStoreApi(): Store {
    const store = useContext(StoreContext);
    if (store === null) throw new Error(`This component must be used inside a ${name}`);
    return store;
  }

  /** One slice of the state; the component re-renders only when that slice changes (select primitives). */
  function useSelect<T>(selector: (state: ExtractState<Store>) => T): T {
    return useStore(useStoreApi(), selector);
  }

  return { Provider, useStoreApi, useSelect };
}
