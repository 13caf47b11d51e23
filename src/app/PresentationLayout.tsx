import { lessonByNumber } from '../lessons';
import { useLab, useLabStore } from '../store/LabStoreContext';
import { RunButtons } from '../views/controls/RunButtons';
import { useKeyboardShortcuts } from '../views/controls/useKeyboardShortcuts';
import { performLessonAction, setUpLesson } from '../views/lessons/lessonSetup';
import { Tex } from '../views/tex/Tex';
import type { PanelId } from '../lessons/scene';
import { RegistryPanel } from '../views/panels/ScenePanels';
import '../views/controls/controls.css';
import './compactPanels.css';
import './presentation.css';

/** The four panels a class watches, left to right. */
const PANELS: readonly PanelId[] = ['regions', 'surface', 'parameters', 'spectrum'];

/**
 * The classroom layout: decision regions, loss surface, parameters (with the ‖m‖ chart) and the Hessian spectrum
 * on one projected screen with large text, the open lesson's title and formula above them, and only the controls
 * a presenter needs (Play, Step, Reset, the lesson's own action and Next; the keys work as in the lab).
 */
export function PresentationLayout() {
  useKeyboardShortcuts();
  return (
    <div className="presentation-layout compact-panels">
      <div className="presentation-bar">
        <RunButtons />
        <OpenLesson />
      </div>
      <div className="presentation-grid">
        {PANELS.map((id) => (
          <div key={id} className="compact-cell">
            <RegistryPanel id={id} />
          </div>
        ))}
      </div>
    </div>
  );
}

/** The open lesson's title and formula, and Next, which opens the next lesson and sets it up. */
function OpenLesson() {
  const store = useLabStore();
  const lesson = lessonByNumber(useLab((s) => s.lesson));
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
      {next !== null && (
        <button type="button" className="presentation-next" onClick={() => setUpLesson(store, next)} title={`Open and set up lesson ${next.number}: ${next.title}`}>
          {lesson === null ? 'Start lesson 1' : 'Next'}
        </button>
      )}
    </>
  );
}
