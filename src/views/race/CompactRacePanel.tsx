import { useEffect } from 'react';
import { PANEL_INFO } from '../../lessons/scene';
import type { RaceStore } from '../../store/race/createRaceStore';
import { RaceStoreProvider } from '../../store/race/RaceStoreContext';
import { Panel } from '../common/Panel';
import { RaceButtons } from './RaceButtons';
import { RaceLossLines } from './RaceLossChart';
import { RaceReadout } from './RaceResults';
import { RaceTable, SUMMARY_ROWS } from './RaceTable';
import { useRaceRunning } from './useRaceRunning';
import { useRaceSlot } from './raceSlot';
import './race.css';

const TITLE = PANEL_INFO.race.title;
const CHART_HEIGHT = 150;

/**
 * The race in one panel, for the race lesson's scene (lab, read view, presentation, embed): Play, Step and Reset
 * of the race, the lanes' status, loss and steps to the target, their losses on one chart, and the sentence that
 * answers the race's question. Its settings are edited in the race view.
 */
export function CompactRacePanel() {
  const { store, request } = useRaceSlot();
  useEffect(() => request(), [request]);
  if (store === null) {
    return (
      <Panel title={TITLE}>
        <p className="loading-note">Loading the race…</p>
      </Panel>
    );
  }
  return <RunningRace store={store} />;
}

function RunningRace({ store }: { store: RaceStore }) {
  const play = useRaceRunning(store);
  return (
    <RaceStoreProvider store={store}>
      <Panel title={TITLE} className="race-summary">
        <RaceButtons onPlay={play} />
        <RaceTable rows={SUMMARY_ROWS} />
        <RaceLossLines height={CHART_HEIGHT} />
        <RaceReadout />
      </Panel>
    </RaceStoreProvider>
  );
}
