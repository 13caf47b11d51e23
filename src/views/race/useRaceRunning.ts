import { useCallback, useEffect } from 'react';
import { shallow } from 'zustand/shallow';
import { useLabStore } from '../../store/LabStoreContext';
import type { RaceStore } from '../../store/race/createRaceStore';
import { startRaceLoop } from '../../store/race/raceLoop';
import { labSnapshot } from '../../store/race/raceRunState';

/**
 * Runs the race while a view of it is shown: its frame loop, and the lab's points and initial θ copied into it as
 * they change. Returns Play, which pauses the lab first (both runs share the main thread).
 */
export function useRaceRunning(store: RaceStore): () => void {
  const lab = useLabStore();
  useEffect(() => startRaceLoop(store), [store]);
  useEffect(() => {
    store.getState().setLabData(labSnapshot(lab.getState()));
    return lab.subscribe(labSnapshot, (snapshot) => store.getState().setLabData(snapshot), { equalityFn: shallow });
  }, [lab, store]);
  return useCallback(() => {
    lab.getState().pause();
    store.getState().play();
  }, [lab, store]);
}
