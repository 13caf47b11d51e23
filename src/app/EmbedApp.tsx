import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { appLink } from '../share/appLink';
import { startAddressSync } from '../share/addressSync';
import { bindEmbedApi, browserEmbedHost } from '../share/embedApi';
import { writeEmbedOptions, type EmbedOptions } from '../share/embedOptions';
import type { AppStore } from '../store/createAppStore';
import { LabStoreProvider, useLab } from '../store/LabStoreContext';
import { settingsOf } from '../store/settings';
import { startTrainingLoop } from '../store/trainingLoop';
import { EmbedControlBar } from '../views/embed/EmbedControlBar';
import { RegistryPanel } from '../views/panels/ScenePanels';
import { RaceSlotContext, type RaceSlot } from '../views/race/raceSlot';
import { LinkNotices } from '../views/linkSharing/LinkNotices';
import { StatusMessage } from './StatusMessage';
import { useLoadedRace } from './useLoadedRace';

// A lesson embed (`embed=1&lesson=N`) carries the lesson texts and KaTeX: loaded only when one is asked for.
const EmbedLesson = lazy(() => import('./EmbedLesson').then((module) => ({ default: module.EmbedLesson })));

interface EmbedAppProps {
  readonly store: AppStore;
  readonly embed: EmbedOptions;
  readonly notices: readonly string[];
}

/**
 * The lab inside another page's iframe: no page header, only the panels and controls its author listed, the
 * postMessage API for the host, and a link to the full app. It never reads or writes the visitor's saved
 * session (see startup), but keeps its address current, so a reload shows what the visitor changed.
 */
export function EmbedApp({ store, embed, notices }: EmbedAppProps) {
  // Read once: a lesson embed stays one, whatever lesson its reader opens next.
  const [lesson] = useState(() => store.getState().lesson);
  const raceSlot = useEmbedRace(store);
  useEffect(() => startTrainingLoop(store), [store]);
  useEffect(() => {
    const keep = new URLSearchParams();
    writeEmbedOptions(embed, keep);
    const sync = startAddressSync(store, { history: window.history, storage: null, keep });
    return () => sync.stop();
  }, [store, embed]);
  // Opened on its own (not in a frame) there is no host to talk to.
  useEffect(() => (window.parent === window ? undefined : bindEmbedApi(store, browserEmbedHost())), [store]);
  useEffect(() => {
    if (!embed.autoplay) return;
    // After the first paint: the reader sees the starting picture before it moves.
    const frame = requestAnimationFrame(() => store.getState().play());
    return () => cancelAnimationFrame(frame);
  }, [store, embed.autoplay]);

  return (
    <LabStoreProvider store={store}>
      <RaceSlotContext.Provider value={raceSlot}>
        <main className="embed-layout">
          {lesson > 0 ? (
            <Suspense fallback={<p className="loading-note">Loading lesson {lesson}…</p>}>
              <EmbedLesson number={lesson} notices={notices} />
            </Suspense>
          ) : (
            <>
              <h1 className="sr-only">Softmax Lab</h1>
              <EmbedControlBar controls={embed.controls} />
              <StatusMessage />
              <LinkNotices notices={notices} />
              <div className="embed-panels">
                {embed.panels.map((id) => (
                  <RegistryPanel key={id} id={id} />
                ))}
              </div>
            </>
          )}
          <OpenInAppLink />
        </main>
      </RaceSlotContext.Provider>
    </LabStoreProvider>
  );
}

/** The race, for a lesson whose scene shows it: loaded when its panel asks. */
function useEmbedRace(store: AppStore): RaceSlot {
  const [requested, setRequested] = useState(false);
  const { race } = useLoadedRace(store, requested, null);
  const request = useCallback(() => setRequested(true), []);
  return useMemo(() => ({ store: race?.store ?? null, request }), [race, request]);
}

/** The full app with the embed's current settings, in a new tab (the embed stays as it is). */
function OpenInAppLink() {
  const settings = useLab(useShallow(settingsOf));
  return (
    <p className="embed-open">
      <a href={appLink(window.location, settings, null)} target="_blank" rel="noopener">
        Open in Softmax Lab
      </a>
    </p>
  );
}
