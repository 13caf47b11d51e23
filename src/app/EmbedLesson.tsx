import { useEffect } from 'react';
import { lessonByNumber } from '../lessons';
import { useLabStore } from '../store/LabStoreContext';
import { EmbedControlBar } from '../views/embed/EmbedControlBar';
import { setUpLesson } from '../views/lessons/lessonSetup';
import { TryThis } from '../views/lessons/TryThis';
import { ScenePanels } from '../views/panels/ScenePanels';
import { LinkNotices } from '../views/share/LinkNotices';
import { Tex } from '../views/tex/Tex';
import { StatusMessage } from './StatusMessage';
import './compactPanels.css';
import '../views/lessons/lessons.css';

/**
 * One lesson as a live figure for course notes (`embed=1&lesson=N`): a compact card (title, formula, what to try
 * and what to look for) above the lesson's scene, set up as its Set it up button would on load.
 */
export function EmbedLesson({ number, notices }: { number: number; notices: readonly string[] }) {
  const store = useLabStore();
  const lesson = lessonByNumber(number);
  useEffect(() => {
    if (lesson !== null) setUpLesson(store, lesson, 'lab');
  }, [store, lesson]);
  if (lesson === null) {
    return (
      <>
        <h1>Softmax Lab</h1>
        <p role="alert">There is no lesson {number}: the lessons are numbered 1 to the last one. Open the app to choose one.</p>
      </>
    );
  }
  const { scene } = lesson;
  return (
    <div className="embed-lesson">
      <article className="embed-lesson-card" aria-labelledby="embed-lesson-title">
        <h1 id="embed-lesson-title">
          Lesson {lesson.number}: {lesson.title}
        </h1>
        <div className="lesson-formula" tabIndex={0} role="group" aria-label={`Formula of lesson ${lesson.number}`}>
          <Tex tex={lesson.formula} display fit />
        </div>
        <TryThis lesson={lesson} />
      </article>
      {scene.controls.length > 0 && <EmbedControlBar controls={scene.controls} />}
      <StatusMessage />
      <LinkNotices notices={notices} />
      <ScenePanels panels={scene.panels} className="embed-lesson-scene compact-panels" />
    </div>
  );
}
