import { useEffect, useState } from 'react';
import { LabStoreProvider } from '../store/LabStoreContext';
import type { AppStore } from '../store/createAppStore';
import { startTrainingLoop } from '../store/trainingLoop';
import { createRaceStore, type RaceStore } from '../store/race/createRaceStore';
import { labSnapshot } from '../store/race/raceRunState';
import { RaceView } from '../views/race/RaceView';
import { LabLayout } from './LabLayout';
import { StatusMessage } from './StatusMessage';

type Mode = 'lab' | 'race';

export function App({ store }: { store: AppStore }) {
  const [mode, setMode] = useState<Mode>('lab');
  // Made on the first visit to the race (not at start-up), then kept so a race survives switching views.
  const [raceStore, setRaceStore] = useState<RaceStore | null>(null);
  const choose = (next: Mode) => {
    if (next === 'race' && raceStore === null) setRaceStore(createRaceStore({ lab: labSnapshot(store.getState()) }));
    setMode(next);
  };
  useEffect(() => startTrainingLoop(store), [store]);
  return (
    <LabStoreProvider store={store}>
      <header className="app-header">
        <h1>Softmax Lab</h1>
        <nav aria-label="Views" className="mode-switch">
          {(['lab', 'race'] as const).map((m) => (
            <button key={m} type="button" aria-pressed={mode === m} onClick={() => choose(m)}>
              {m === 'lab' ? 'Lab' : 'Race'}
            </button>
          ))}
        </nav>
        <StatusMessage />
      </header>
      <main>{mode === 'race' && raceStore !== null ? <RaceView store={raceStore} /> : <LabLayout />}</main>
    </LabStoreProvider>
  );
}
