import { useCallback } from 'react';
import { lessonByNumber } from '../lessons';
import type { SceneablePanelId } from '../lessons/scene';
import { useLab, useLabStore } from '../store/LabStoreContext';
import { RunButtons } from '../views/controls/RunButtons';
import { KeyboardShortcutsHelp } from '../views/controls/KeyboardShortcutsHelp';
import { useKeyboardShortcuts, useLessonKeys } from '../views/controls/useKeyboardShortcuts';
import { performLessonAction } from '../views/lessons/lessonSetup';
import { ScenePanels } from '../views/panels/ScenePanels';
import { FittedFormula } from '../views/presentation/FittedFormula';
import { KeyNumbers } from '../views/presentation/KeyNumbers';
import { ShowQrButton } from '../views/qr/ShowQrButton';
import { presentationQrLinks, presentLesson } from './presentedLesson';
import '../views/controls/controls.css';
import './compactPanels.css';
import './presentation.css';
import './presentationTex.css';

/** Before any lesson: the picture and the redundant part m, the app's subject. */
const START_PANELS: readonly SceneablePanelId[] = ['regions', 'parameters'];

/**
 * The classroom layout: the open lesson's title and formula, its scene's panels (main one first and widest) on
 * one projected screen with large text, the run's key numbers large, and only the controls a presenter needs:
 * Play, Step and Reset (where the scene runs the lab), the lesson's own action, Previous and Next (which set each
 * lesson up and stay in presentation, the race lesson too), Show QR and the keys' list.
 */
export function PresentationLayout({ link }: { readonly link: () => string }) {
  const store = useLabStore();
  const lesson = lessonByNumber(useLab((s) => s.lesson));
  const panels = lesson?.scene.panels ?? START_PANELS;
  // The race lesson's scene runs the race (its panel has its own buttons): the lab's buttons and keys would run
  // a lab nobody sees.
  const runsLab = lesson === null || lesson.scene.controls.includes('play');
  useKeyboardShortcuts(runsLab);
  const turn = useCallback(
    (by: 1 | -1) => {
      const to = lessonByNumber(store.getState().lesson + by);
      if (to !== null) presentLesson(store, to);
    },
    [store],
  );
  useLessonKeys(turn);
  const qrLinks = () => presentationQrLinks(store, lessonByNumber(store.getState().lesson), link(), window.location);

  return (
    <div className="presentation-layout compact-panels">
      <div className="presentation-bar">
        {runsLab && <RunButtons />}
        {runsLab && <KeyNumbers />}
        <div className="presentation-buttons">
          {/* The lesson's own actions (lesson 3's shift, lesson 13's change of η): a presenter has no rail to press them in.
              An action that only plays or pauses is the Play button already there. */}
          {lesson?.actions.map((action) =>
            action.kind === 'play' ? null : (
              <button key={action.label} type="button" className="presentation-action" onClick={() => performLessonAction(store, action)}>
                {action.label}
              </button>
            ),
          )}
          <TurnButtons />
          <ShowQrButton links={qrLinks} />
          <KeyboardShortcutsHelp />
        </div>
      </div>
      {lesson !== null && (
        <section className="presentation-lesson" aria-labelledby="presentation-lesson-title">
          <h2 id="presentation-lesson-title">
            <span className="presentation-lesson-number">Lesson {lesson.number}.</span> {lesson.title}
          </h2>
          <div className="presentation-formula">
            <FittedFormula key={lesson.number} tex={lesson.formula} />
          </div>
        </section>
      )}
      <ScenePanels key={lesson?.number ?? 0} panels={panels} className="presentation-scene" />
    </div>
  );
}

/** Previous and Next: open that lesson and set it up (Page Up and Page Down do the same). */
function TurnButtons() {
  const store = useLabStore();
  const lesson = lessonByNumber(useLab((s) => s.lesson));
  const previous = lesson === null ? null : lessonByNumber(lesson.number - 1);
  const next = lessonByNumber((lesson?.number ?? 0) + 1);
  return (
    <>
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
