import type { RaceState } from '../../store/race/createRaceStore';
import { useRaceStore } from '../../store/race/RaceStoreContext';
import { READOUT_INTERVAL_MS } from '../common/readoutThrottle';
import { useStoreReadout } from '../common/useReadout';

/**
 * One slice of the race's state for a read-out: like useRace, but while the race plays it re-renders about ten
 * times a second (charts: pass CHART_INTERVAL_MS) rather than every frame. Values that must agree (the lanes and
 * the step) are selected together as an object compared with `equal` (e.g. zustand's shallow).
 */
export function useRaceReadout<T>(select: (state: RaceState) => T, equal: (a: T, b: T) => boolean = Object.is, intervalMs: number = READOUT_INTERVAL_MS): T {
  return useStoreReadout(useRaceStore(), select, equal, intervalMs);
}
