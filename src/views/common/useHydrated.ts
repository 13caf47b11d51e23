import { useSyncExternalStore } from 'react';

const noChanges = () => () => {};

/**
 * False while React renders on the server (the prerendered first screen) and while it hydrates that HTML, true
 * from then on (and at once on a page rendered in the browser): for what only a browser can render (a portal into
 * document.body, a value read from storage) without the hydrated page differing from the prerendered one.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
}
