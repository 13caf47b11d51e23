import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ExtractState, StoreApi } from 'zustand/vanilla';
import type { AppStore } from '../../store/createAppStore';
import { useLabStore } from '../../store/LabStoreContext';
import { createFrameThrottle } from './frameThrottle';
import { READOUT_INTERVAL_MS, watchReadout } from './readoutThrottle';

/**
 * One slice of the lab's state for a numeric read-out: like useLab, but while training plays it re-renders
 * about ten times a second rather than every frame (see watchReadout). Values that must agree (θ and its
 * summary) are selected together, from one state, as an object compared with `equal` (e.g. zustand's shallow).
 * `intervalMs` sets the pace while playing (charts follow a little faster than numbers: CHART_INTERVAL_MS).
 */
export function useReadout<T>(
  select: (state: ExtractState<AppStore>) => T,
  equal: (a: T, b: T) => boolean = Object.is,
  intervalMs: number = READOUT_INTERVAL_MS,
): T {
  return useStoreReadout(useLabStore(), select, equal, intervalMs);
}

/** useReadout for any store that plays (the lab's, the race's). */
export function useStoreReadout<S extends { readonly playing: boolean }, T>(
  store: StoreApi<S>,
  select: (state: S) => T,
  equal: (a: T, b: T) => boolean = Object.is,
  intervalMs: number = READOUT_INTERVAL_MS,
): T {
  // The latest selector and comparison, for the subscription made once per store (written after render, not during).
  const latest = useRef({ select, equal });
  useLayoutEffect(() => {
    latest.current = { select, equal };
  });
  const [value, setValue] = useState(() => select(store.getState()));
  useEffect(() => {
    const publish = (next: T) => setValue((previous) => (latest.current.equal(previous, next) ? previous : next));
    publish(latest.current.select(store.getState()));
    return watchReadout(store, (state) => latest.current.select(state), publish, (task) => createFrameThrottle(task, intervalMs));
  }, [store, intervalMs]);
  return value;
}
