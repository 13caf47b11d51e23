import { useCallback, type ComponentType } from 'react';
import { lessonByNumber } from '../lessons';
import { useLab, useLabStore } from '../store/LabStoreContext';
import { PanelBoundary } from '../views/common/PanelBoundary';
import { RunButtons } from '../views/controls/RunButtons';
import { KeyboardShortcutsHelp } from '../views/controls/KeyboardShortcutsHelp';
import { useKeyboardShortcuts, useLessonKeys } from '../views/controls/useKeyboardShortcuts';
import { DecisionRegionsPanel } from '../views/decisionRegions/DecisionRegionsPanel';
import { HessianSpectrumPanel } from '../views/hessianSpectrum/HessianSpectrumPanel';
import { LossSurfacePanel } from '../views/lossSurface/LossSurfacePanel';
import { ParametersPanel } from '../views/parameters/ParametersPanel';
import { performLessonAction } from '../views/lessons/lessonSetup';
import { Tex } from '../views/lessons/Tex';
import { ShowQrButton } from '../views/qr/ShowQrButton';
import { presentationQrLinks, presentLesson } from './presentedLesson';
import '../views/controls/controls.css';
import './compactPanels.css';
import './presentation.css';

/** The four panels a class watches, left to right. */
const PANELS: readonly (readonly [string, ComponentType])[] = [
  ['Decision regions', DecisionRegionsPanel],
  ['Loss surface', LossSurfacePanel],
  ['Parameters', ParametersPanel],
  ['Hessian spectrum', HessianSpectrumPanel],
];

/**
 * The classroom layout: decision regions, loss surface, parameters (with the ‖m‖ chart) and the Hessian spectrum
 * on one projected screen with large text, the open lesson's title and formula above them, and only the controls
 * a presenter needs (Play, Step, Reset, the lesson's own action and Next; the keys work as in the lab).
 */
export function PresentationLayout({ link }: { readonly link: () => string }) {
  const store = useLabStore();
  useKeyboardShortcuts();
  const turn = useCallback(
    (by: 1 | -1) => {
      const lesson = lessonByNumber(store.getState().lesson + by);
      if (lesson !== null) presentLesson(store, lesson);
    },
    [store],
  );
  useLessonKeys(turn);
  const qrLinks = () => presentationQrLinks(store, lessonByNumber(store.getState().lesson), link(), window.location);
  return (
    <div className="presentation-layout compact-panels">
      <div className="presentation-bar">
        <RunButtons />
        <OpenLesson />
        <ShowQrButton links={qrLinks} />
        <KeyboardShortcutsHelp />
      </div>
      <div className="presentation-grid">
        {PANELS.map(([title, PanelContent]) => (
          <div key={title} className="compact-cell">
            <PanelBoundary title={title}>
              <PanelContent />
            </PanelBoundary>
          </div>
        ))}
      </div>
    </div>
  );
}

/** The open lesson's title and formula, and Previous and Next, which open that lesson and set it up. */
function OpenLesson() {
  const store = useLabStore();
  const lesson = lessonByNumber(useLab((s) => s.lesson));
  const previous = lesson === null ? null : lessonByNumber(lesson.number - 1);
  const next = lessonByNumber((lesson?.number ?? 0) + 1);
  return (
    <>
      {lesson !== null && (
        <section className="presentation-lesson" aria-labelledby="presentation-lesson-title">
          <h2 id="presentation-lesson-title">
            <span className="presentation-lesson-number">Lesson {lesson.number}.</span> {lesson.title}
          </h2>
          <div className="presentation-formula">
            <Tex tex={lesson.formula} display />
          </div>
        </section>
      )}
      {/* The lesson's one action (lesson 3's shift, lesson 13's change of η): a presenter has no rail to press it in. */}
      {lesson?.action && (
        <button type="button" className="presentation-action" onClick={() => performLessonAction(store, lesson.action!)}>
          {lesson.action.label}
        </button>
      )}
      {previous !== null && (
        <button type="button" className="presentation-previous" onClick={() => presentLesson(store, previous)} title={`Open and set up lesson ${previous.number}: ${previous.title} (Page Up)`}>
          Previous
        </button>
      )}
      {next !== null && (
        <button type="button" className="presentation-next" onClick={() => presentLesson(store, next)} title={`Open and set up lesson ${next.number}: ${next.title} (Page Down)`}>
          {lesson === null ? 'Start lesson 1' : 'Next'}
        </button>
      )}
    </>
  );
}
