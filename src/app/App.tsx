import { useEffect, useState } from 'react';
import { LabStoreProvider } from '../store/LabStoreContext';
import type { AppStore } from '../store/createAppStore';
import { startTrainingLoop } from '../store/trainingLoop';
import { RaceView } from '../views/race/RaceView';
import { LabLayout } from './LabLayout';
import { StatusMessage } from './StatusMessage';

type Mode = 'lab' | 'race';

export function App({ store }: { store: AppStore }) {
  const [mode, setMode] = useState<Mode>('lab');
  useEffect(() => startTrainingLoop(store), [store]);
  return (
    <LabStoreProvider store={store}>
      <header className="app-header">
        <h1>Softmax Lab</h1>
        <nav aria-label="Views" className="mode-switch">
          {(['lab', 'race'] as const).map((m) => (
            <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
              {m === 'lab' ? 'Lab' : 'Race'}
            </button>
          ))}
        </nav>
        <StatusMessage />
      </header>
      <main>{mode === 'lab' ? <LabLayout /> : <RaceView />}</main>
    </LabStoreProvider>
  );
}
