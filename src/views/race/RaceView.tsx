import { useEffect, useState } from 'react';
import { shallow } from 'zustand/shallow';
import type { LabState } from '../../store/createAppStore';
import { useLabStore } from '../../store/LabStoreContext';
import { createRaceStore, type RaceStore } from '../../store/race/createRaceStore';
import { startRaceLoop } from '../../store/race/raceLoop';
import type { LabSnapshot } from '../../store/race/raceRunState';
import { RaceStoreProvider, useRace } from '../../store/race/RaceStoreContext';
import { LaneCard } from './LaneCard';
import { RaceControls } from './RaceControls';
import { RaceLossChart } from './RaceLossChart';
import { RaceResults } from './RaceResults';
import './race.css';

const labSnapshot = (state: LabState): LabSnapshot => ({ points: state.points, classes: state.classes, init: state.init });

function RaceLanes() {
  const count = useRace((s) => s.settings.lanes.length);
  return (
    <div className="race-lanes">
      {Array.from({ length: count }, (_, i) => (
        <LaneCard key={i} index={i} />
      ))}
    </div>
  );
}

/**
 * Race mode: 2–4 set-ups trained in lockstep on the lab's points from the lab's initial θ. `store` keeps a race
 * alive across visits when the app owns it; without one the view makes its own.
 */
export function RaceView({ store: given }: { store?: RaceStore }) {
  const lab = useLabStore();
  const [own] = useState(() => given ?? createRaceStore({ lab: labSnapshot(lab.getState()) }));
  const store = given ?? own;

  useEffect(() => startRaceLoop(store), [store]);
  useEffect(() => {
    store.getState().setLabData(labSnapshot(lab.getState()));
    return lab.subscribe(labSnapshot, (snapshot) => store.getState().setLabData(snapshot), { equalityFn: shallow });
  }, [lab, store]);

  // Both runs share the main thread: the lab pauses while the race plays.
  const play = () => {
    lab.getState().pause();
    store.getState().play();
  };

  return (
    <RaceStoreProvider store={store}>
      <div className="race-view">
        <RaceControls onPlay={play} />
        <RaceLanes />
        <div className="race-columns">
          <RaceLossChart />
          <RaceResults />
        </div>
      </div>
    </RaceStoreProvider>
  );
}
