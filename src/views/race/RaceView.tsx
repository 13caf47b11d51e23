import type { RaceStore } from '../../store/race/createRaceStore';
import { RaceStoreProvider, useRace } from '../../store/race/RaceStoreContext';
import { LaneCard } from './LaneCard';
import { RaceControls } from './RaceControls';
import { RaceLossChart } from './RaceLossChart';
import { RaceResults } from './RaceResults';
import { useRaceKeyboardShortcuts } from './useRaceKeyboardShortcuts';
import { useRaceRunning } from './useRaceRunning';
import './race.css';

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
 * Race mode: 2–4 set-ups trained in lockstep on the lab's points from the lab's initial θ. The app owns the
 * race store, so a race survives switching to the lab and back.
 */
export function RaceView({ store }: { store: RaceStore }) {
  const play = useRaceRunning(store);
  useRaceKeyboardShortcuts(store, play);

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
