import { useSyncExternalStore } from 'react';

const FINE_POINTER = '(pointer: fine)';

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(FINE_POINTER);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/**
 * Whether the main pointer is precise (a mouse or trackpad), where modifier clicks exist: on a phone or tablet
 * there is no shift-click, so hints must name the on-screen way instead. Follows a change (a mouse plugged in).
 * The prerendered page (and its hydration) assumes a mouse; a touch screen gets its hints right after.
 */
export function useFinePointer(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => typeof window.matchMedia !== 'function' || window.matchMedia(FINE_POINTER).matches,
    () => true,
  );
}
