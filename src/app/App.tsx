import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { appLink } from '../share/appLink';
import { startAddressSync, type AddressSync } from '../share/addressSync';
import { clearSession } from '../share/savedSession';
import type { Startup } from '../share/startup';
import { LabStoreProvider } from '../store/LabStoreContext';
import type { AppStore } from '../store/createAppStore';
import { initialSettings } from '../store/initialSettings';
import { startTrainingLoop } from '../store/trainingLoop';
import { createRaceStore, type RaceStore } from '../store/race/createRaceStore';
import { labSnapshot } from '../store/race/raceRunState';
import { settingsOf } from '../store/settings';
import { RaceView } from '../views/race/RaceView';
import { LinkNotices } from '../views/share/LinkNotices';
import { EmbedDialog } from '../views/embed/EmbedDialog';
import { ShareButton } from '../views/share/ShareButton';
import { StartOverButton } from '../views/share/StartOverButton';
import { LabLayout } from './LabLayout';
import { StatusMessage } from './StatusMessage';

interface AppProps {
  readonly store: AppStore;
  readonly startup: Startup;
  readonly storage: Storage | null;
}

export function App({ store, startup, storage }: AppProps) {
  const page = useStore(store, (s) => s.page);
  // Made on the first visit to the race (or at start when a link asks for one), then kept so a race survives
  // switching views.
  const [raceStore, setRaceStore] = useState<RaceStore | null>(() =>
    startup.race !== null || store.getState().page === 'race'
      ? createRaceStore({ lab: labSnapshot(store.getState()), settings: startup.race ?? undefined })
      : null,
  );
  const sync = useRef<AddressSync | null>(null);

  useEffect(() => startTrainingLoop(store), [store]);
  useEffect(() => {
    const started = startAddressSync(store, { history: window.history, storage });
    sync.current = started;
    return () => started.stop();
  }, [store, storage]);
  useEffect(() => {
    if (raceStore !== null) sync.current?.watchRace(raceStore);
  }, [raceStore]);

  const choose = (next: 'lab' | 'race') => {
    if (next === 'race' && raceStore === null) setRaceStore(createRaceStore({ lab: labSnapshot(store.getState()) }));
    store.getState().setPage(next);
  };
  const link = useCallback(() => appLink(window.location, settingsOf(store.getState()), raceStore?.getState().settings ?? null), [store, raceStore]);
  const startOver = () => {
    clearSession(storage);
    setRaceStore(null);
    store.getState().applySettings(initialSettings().settings);
    store.getState().reset();
  };

  return (
    <LabStoreProvider store={store}>
      <header className="app-header">
        <h1>Softmax Lab</h1>
        <nav aria-label="Views" className="mode-switch">
          {(['lab', 'race'] as const).map((m) => (
            <button key={m} type="button" aria-pressed={page === m} onClick={() => choose(m)}>
              {m === 'lab' ? 'Lab' : 'Race'}
            </button>
          ))}
        </nav>
        <ShareButton link={link} />
        <EmbedDialog link={link} />
        <StartOverButton onStartOver={startOver} />
        <StatusMessage />
      </header>
      <LinkNotices notices={startup.notices} />
      <main>{page === 'race' && raceStore !== null ? <RaceView store={raceStore} /> : <LabLayout />}</main>
    </LabStoreProvider>
  );
}
