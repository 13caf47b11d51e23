import { lazy, Suspense, useCallback, useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { appLink } from '../share/appLink';
import { startAddressSync, type AddressSync } from '../share/addressSync';
import { clearSession } from '../share/savedSession';
import type { Startup } from '../share/startup';
import { LabStoreProvider } from '../store/LabStoreContext';
import type { AppStore } from '../store/createAppStore';
import { initialSettings } from '../store/initialSettings';
import { startTrainingLoop } from '../store/trainingLoop';
import { settingsOf } from '../store/settings';
import { LinkNotices } from '../views/share/LinkNotices';
import { ShareButton } from '../views/share/ShareButton';
import { StartOverButton } from '../views/share/StartOverButton';
import { LabLayout } from './LabLayout';
import { StatusMessage } from './StatusMessage';
import { useRace } from './useRace';

// Opened by few visitors: loaded once the page is up, not in the start bundle.
const EmbedDialog = lazy(() => import('../views/embed/EmbedDialog').then((module) => ({ default: module.EmbedDialog })));

interface AppProps {
  readonly store: AppStore;
  readonly startup: Startup;
  readonly storage: Storage | null;
}

export function App({ store, startup, storage }: AppProps) {
  const page = useStore(store, (s) => s.page);
  const { race, forget: forgetRace } = useRace(store, page === 'race', startup.race);
  const raceStore = race?.store ?? null;
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

  const choose = (next: 'lab' | 'race') => store.getState().setPage(next);
  const link = useCallback(() => appLink(window.location, settingsOf(store.getState()), raceStore?.getState().settings ?? null), [store, raceStore]);
  const startOver = () => {
    clearSession(storage);
    forgetRace();
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
        <Suspense fallback={null}>
          <EmbedDialog link={link} />
        </Suspense>
        <StartOverButton onStartOver={startOver} />
        <StatusMessage />
      </header>
      <LinkNotices notices={startup.notices} />
      <main>
        {page === 'lab' && <LabLayout />}
        {page === 'race' && (race === null ? <p className="loading-note">Loading the race…</p> : <race.module.RaceView store={race.store} />)}
      </main>
    </LabStoreProvider>
  );
}
