import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
import { LinkNotices } from '../views/linkSharing/LinkNotices';
import { SessionNotKeptNotice } from '../views/linkSharing/SessionNotKeptNotice';
import { ShareButton } from '../views/linkSharing/ShareButton';
import { StartOverButton } from '../views/linkSharing/StartOverButton';
import { LabLayout } from './LabLayout';
import { StatusMessage } from './StatusMessage';
import { useLoadedRace } from './useLoadedRace';
import { RaceSlotContext, type RaceSlot } from '../views/race/raceSlot';
// Not lazy: it sits above the panels, and arriving after them it would push the whole lab down under the pointer.
import { FirstVisitIntro } from '../views/intro/FirstVisitIntro';

// Opened by few visitors: loaded once the page is up, not in the start bundle.
const EmbedDialog = lazy(() => import('../views/embed/EmbedDialog').then((module) => ({ default: module.EmbedDialog })));
// The lesson texts and KaTeX load with the rail, when a lesson is first opened.
const LessonRail = lazy(() => import('../views/lessons/LessonRail').then((module) => ({ default: module.LessonRail })));
// The read view and the classroom layout carry the lesson texts and KaTeX: loaded when first opened.
const ReadLayout = lazy(() => import('./ReadLayout').then((module) => ({ default: module.ReadLayout })));
const PresentationLayout = lazy(() => import('./PresentationLayout').then((module) => ({ default: module.PresentationLayout })));

interface AppProps {
  readonly store: AppStore;
  readonly startup: Startup;
  readonly storage: Storage | null;
}

export function App({ store, startup, storage }: AppProps) {
  const page = useStore(store, (s) => s.page);
  const lesson = useStore(store, (s) => s.lesson);
  const presenting = useStore(store, (s) => s.view.presentation) && page === 'lab';
  // The race loads when its view opens, or when a panel (the race lesson's summary) asks for it.
  const [raceRequested, setRaceRequested] = useState(false);
  const { race, forget: forgetRace } = useLoadedRace(store, page === 'race' || raceRequested, startup.race);
  const requestRace = useCallback(() => setRaceRequested(true), []);
  const raceSlot = useMemo<RaceSlot>(() => ({ store: race?.store ?? null, request: requestRace }), [race, requestRace]);
  const sync = useRef<AddressSync | null>(null);
  const [sessionNotKept, setSessionNotKept] = useState(false);

  useEffect(() => startTrainingLoop(store), [store]);
  useEffect(() => {
    // A refused value leaves the address once its notice is up. A race in the link is written when the race loads
    // (watchRace): written before, the address would lose it.
    const rewriteAtStart = startup.source === 'address' && startup.notices.length > 0 && startup.race === null;
    const started = startAddressSync(store, { history: window.history, storage, onSessionNotKept: () => setSessionNotKept(true), rewriteAtStart });
    sync.current = started;
    return () => started.stop();
  }, [store, storage, startup]);
  useEffect(() => {
    if (race !== null) sync.current?.watchRace(race.store, race.module.writeRace);
  }, [race]);

  // Closing the rail and opening it again returns the reader to the lesson they were on, not to lesson 1.
  const lastLesson = useRef(1);
  useEffect(() => {
    if (lesson > 0) lastLesson.current = lesson;
  }, [lesson]);

  const choose = (next: 'lab' | 'race' | 'read') => store.getState().setPage(next);
  // Presentation is a way of showing the lab: turning it on from the race or the read view opens the lab.
  const togglePresentation = () => {
    const settings = settingsOf(store.getState());
    store.getState().applySettings({ ...settings, page: 'lab', view: { ...settings.view, presentation: !presenting } });
  };
  const link = useCallback(
    () => appLink(window.location, settingsOf(store.getState()), race === null ? null : { settings: race.store.getState().settings, write: race.module.writeRace }),
    [store, race],
  );
  const startOver = () => {
    clearSession(storage);
    forgetRace();
    setRaceRequested(false);
    store.getState().applySettings(initialSettings().settings);
    store.getState().reset();
  };

  return (
    <LabStoreProvider store={store}>
      <RaceSlotContext.Provider value={raceSlot}>
      <header className="app-header">
        <h1>Softmax Lab</h1>
        <nav aria-label="Views" className="mode-switch">
          {(['lab', 'race', 'read'] as const).map((m) => (
            <button key={m} type="button" aria-pressed={page === m} onClick={() => choose(m)}>
              {m === 'lab' ? 'Lab' : m === 'race' ? 'Race' : 'Read'}
            </button>
          ))}
        </nav>
        <button type="button" aria-pressed={presenting} onClick={togglePresentation} title="The key panels on one screen, large text">
          Presentation
        </button>
        <button type="button" aria-pressed={lesson > 0} onClick={() => store.getState().setLesson(lesson > 0 ? 0 : lastLesson.current)}>
          Lessons
        </button>
        <ShareButton link={link} />
        <Suspense fallback={null}>
          <EmbedDialog link={link} lesson={lesson} />
        </Suspense>
        <StartOverButton onStartOver={startOver} />
        <StatusMessage />
      </header>
      <LinkNotices notices={startup.notices} />
      <SessionNotKeptNotice shown={sessionNotKept} />
      <FirstVisitIntro storage={storage} />
      {/* In the lab the rail sits beside the lesson's panels (LabLayout); above the race view it sits on its own. */}
      {lesson > 0 && page === 'race' && !presenting && (
        <Suspense fallback={<p className="loading-note">Loading the lessons…</p>}>
          <LessonRail />
        </Suspense>
      )}
      <main>
        {page === 'lab' && !presenting && <LabLayout />}
        {(presenting || page === 'read') && (
          <Suspense fallback={<p className="loading-note">Loading…</p>}>{presenting ? <PresentationLayout link={link} /> : <ReadLayout />}</Suspense>
        )}
        {page === 'race' && (race === null ? <p className="loading-note">Loading the race…</p> : <race.module.RaceView store={race.store} />)}
      </main>
      </RaceSlotContext.Provider>
    </LabStoreProvider>
  );
}
