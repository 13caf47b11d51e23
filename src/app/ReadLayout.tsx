import { useCallback, useLayoutEffect, useRef } from 'react';
import { lessons } from '../lessons';
import type { Lesson } from '../lessons/lesson';
import { RUN_CONTROLS, type Scene } from '../lessons/scene';
import { useLab, useLabStore } from '../store/LabStoreContext';
import { EmbedControlBar } from '../views/embed/EmbedControlBar';
import { setUpLesson } from '../views/lessons/lessonSetup';
import { ScenePanels } from '../views/panels/ScenePanels';
import { ReadSection } from '../views/read/ReadSection';
import { useLessonAtMiddle } from '../views/read/useLessonAtMiddle';
import { useSceneFocus } from '../views/read/useSceneFocus';
import '../views/controls/controls.css';
import './compactPanels.css';
import '../views/read/read.css';

/** Before any lesson is open: the plot and the parameters, where most lessons' claims show. */
const OPENING_SCENE: Scene = { panels: ['regions', 'parameters'], controls: RUN_CONTROLS };

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The lessons as one long page: the text scrolls in a column while the live plots stay in view beside it (above
 * it on a phone). A lesson reaching the middle of the screen sets up its state, as its "Set it up" button does;
 * opening the page with `lesson=N` scrolls to lesson N (without setting it up again: the link carries its state).
 */
export function ReadLayout() {
  const store = useLabStore();
  const lesson = useLab((s) => s.lesson);
  const textRef = useRef<HTMLElement>(null);
  const plotsRef = useRef<HTMLElement>(null);
  // The lesson this page last set up or scrolled to: a change of `lesson` from elsewhere (the intro) scrolls.
  const shown = useRef(0);

  const setUp = useCallback(
    (chosen: Lesson) => {
      shown.current = chosen.number;
      setUpLesson(store, chosen, 'read');
    },
    [store],
  );
  const reach = useCallback(
    (number: number) => {
      const reached = lessons[number - 1];
      if (reached !== undefined && store.getState().lesson !== number) setUp(reached);
    },
    [store, setUp],
  );

  useLayoutEffect(() => {
    if (lesson === shown.current) return;
    const first = shown.current === 0;
    shown.current = lesson;
    const section = lesson > 0 ? document.getElementById(`lesson-${lesson}`) : null;
    section?.scrollIntoView({ block: 'start', behavior: first || reducedMotion() ? 'instant' : 'smooth' });
  }, [lesson]);
  useLessonAtMiddle(textRef, lessons.length, reach);
  useSceneFocus(plotsRef);
  const scene = lessons[lesson - 1]?.scene ?? OPENING_SCENE;
  return (
    <div className="read-layout compact-panels">
      <article ref={textRef} className="read-text" aria-labelledby="read-title">
        <header className="read-lead">
          <h2 id="read-title">Softmax regression, one claim at a time</h2>
          <p>
            Each lesson below sets up the plots beside it as it reaches the middle of the screen (or press its Set it up
            button); then try what it suggests and watch the plots.
          </p>
          <nav aria-label="Lessons on this page">
            <ol>
              {lessons.map((l) => (
                <li key={l.number}>
                  <a href={`#lesson-${l.number}`}>{l.title}</a>
                </li>
              ))}
            </ol>
          </nav>
        </header>
        {lessons.map((l) => (
          <ReadSection key={l.number} lesson={l} active={l.number === lesson} onSetUp={setUp} />
        ))}
      </article>
      {/* The open lesson's scene: its panels, and the run read-out with the controls it needs. */}
      <aside ref={plotsRef} className="read-plots" aria-label="Live plots" data-lesson-scene={lesson}>
        {scene.controls.length > 0 && <EmbedControlBar controls={scene.controls} keys={false} />}
        <ScenePanels panels={scene.panels} className="read-scene" />
      </aside>
    </div>
  );
}
