import { useCallback, useLayoutEffect, useRef, useState, type ComponentType } from 'react';
import { lessons } from '../lessons';
import type { Lesson, LessonPanel } from '../lessons/lesson';
import { useLab, useLabStore } from '../store/LabStoreContext';
import { PanelBoundary } from '../views/common/PanelBoundary';
import { RunButtons } from '../views/controls/RunButtons';
import { DecisionRegionsPanel } from '../views/decisionRegions/DecisionRegionsPanel';
import { HessianSpectrumPanel } from '../views/hessianSpectrum/HessianSpectrumPanel';
import { LossSurfacePanel } from '../views/lossSurface/LossSurfacePanel';
import { MaxMarginPanel } from '../views/maxMargin/MaxMarginPanel';
import { ParametersPanel } from '../views/parameters/ParametersPanel';
import { setUpLesson } from '../views/lessons/lessonSetup';
import { ReadSection } from '../views/read/ReadSection';
import { SlowMotionPanel } from '../views/slowMotion/SlowMotionPanel';
import { useLessonAtMiddle } from '../views/read/useLessonAtMiddle';
import '../views/controls/controls.css';
import './compactPanels.css';
import '../views/read/read.css';

/** The panel shown under the decision regions, as the reader picks it. */
const SECOND_PANELS = {
  parameters: ['Parameters', ParametersPanel],
  surface: ['Loss surface', LossSurfacePanel],
  spectrum: ['Hessian spectrum', HessianSpectrumPanel],
  margin: ['Max margin', MaxMarginPanel],
  slowmotion: ['One step in slow motion', SlowMotionPanel],
} as const satisfies Record<LessonPanel, readonly [string, ComponentType]>;
type SecondPanel = keyof typeof SECOND_PANELS;

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
  // The lesson this page last set up or scrolled to: a change of `lesson` from elsewhere (the intro) scrolls.
  const shown = useRef(0);
  // A lesson about one panel (the max-margin meter, the slow-motion step) shows it beside the regions.
  const [second, setSecond] = useState<SecondPanel>(() => lessons[lesson - 1]?.panel ?? 'parameters');
  const [panelLesson, setPanelLesson] = useState(lesson);
  if (panelLesson !== lesson) {
    setPanelLesson(lesson);
    const panel = lessons[lesson - 1]?.panel;
    if (panel !== undefined) setSecond(panel);
  }

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

  const [title, SecondContent] = SECOND_PANELS[second];
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
      <aside className="read-plots" aria-label="Live plots">
        <RunButtons />
        <div className="compact-cell read-regions">
          <PanelBoundary title="Decision regions">
            <DecisionRegionsPanel />
          </PanelBoundary>
        </div>
        <div className="read-second">
          <fieldset className="segmented read-second-choice">
            <legend className="sr-only">Show beside the regions</legend>
            {(Object.keys(SECOND_PANELS) as SecondPanel[]).map((id) => (
              <label key={id}>
                <input type="radio" name="read-second" value={id} checked={second === id} onChange={() => setSecond(id)} />
                <span>{SECOND_PANELS[id][0]}</span>
              </label>
            ))}
          </fieldset>
          <div className="compact-cell read-second-panel">
            <PanelBoundary key={second} title={title}>
              <SecondContent />
            </PanelBoundary>
          </div>
        </div>
      </aside>
    </div>
  );
}
