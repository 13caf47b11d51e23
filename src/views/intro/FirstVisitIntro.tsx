import { useEffect, useState } from 'react';
import { introSeen, markIntroSeen } from '../../share/introSeen';
import { settingsOf } from '../../store/settings';
import { useHydrated } from '../common/useHydrated';
import { useLab, useLabStore } from '../../store/LabStoreContext';
import './intro.css';

/**
 * One line for a newcomer: what the app shows and where to start. Not modal (the lab stays usable around it),
 * shown until it is put away (×, the lesson button, or any lesson opened: the visitor has found the lessons),
 * and never again in this browser after that. It never shows on the projected screen (presentation); embeds
 * do not mount it.
 */
export function FirstVisitIntro({ storage }: { storage: Storage | null }) {
  const store = useLabStore();
  const [seenBefore] = useState(() => introSeen(storage));
  const [closed, setClosed] = useState(false);
  // The prerendered page shows the intro (a first visit), so hydrating it must too; gone right after for a visitor
  // who put it away (src/boot/boot.css hides it from them meanwhile).
  const hydrated = useHydrated();
  const open = !closed && !(hydrated && seenBefore);
  const inLesson = useLab((s) => s.lesson > 0);
  const presenting = useLab((s) => s.view.presentation && s.page === 'lab');
  // A lesson opened puts the intro away for good: closed now (adjusted while rendering), remembered once stored.
  if (inLesson && !closed) setClosed(true);
  useEffect(() => {
    if (inLesson) markIntroSeen(storage);
  }, [inLesson, storage]);
  if (!open || inLesson || presenting) return null;
  const close = () => {
    markIntroSeen(storage);
    setClosed(true);
  };
  const start = () => {
    const settings = settingsOf(store.getState());
    // The race has no lesson rail: lesson 1 opens in the lab (or stays in the read view, which scrolls to it).
    store.getState().applySettings({ ...settings, lesson: 1, page: settings.page === 'race' ? 'lab' : settings.page });
    close();
  };
  return (
    <section className="first-visit-intro" aria-label="Getting started">
      <p>Softmax Lab shows softmax regression training on 2-D points. Start with the first lesson.</p>
      <button type="button" className="intro-start" onClick={start}>
        Open lesson 1
      </button>
      <button type="button" className="link-button" onClick={close} aria-label="Dismiss the introduction">
        ×
      </button>
    </section>
  );
}
