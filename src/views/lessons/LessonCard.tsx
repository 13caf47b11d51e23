import { useId } from 'react';
import type { Lesson } from '../../lessons/lesson';
import { useLabStore } from '../../store/LabStoreContext';
import { LessonText } from './LessonText';
import { LiveFormula } from './LiveFormula';
import { setUpLesson } from './lessonSetup';
import { Tex } from '../tex/Tex';
import { TryThis } from './TryThis';

/** One lesson: its claim in sentences and as a formula, the state that shows it, and one thing to try there. */
export function LessonCard({ lesson }: { lesson: Lesson }) {
  const store = useLabStore();
  const titleId = useId();
  return (
    <article className="lesson-card" aria-labelledby={titleId}>
      <h3 id={titleId}>
        Lesson {lesson.number}: {lesson.title}
      </h3>
      <div className="lesson-text">
        {lesson.paragraphs.map((paragraph, i) => (
          <p key={i}>
            <LessonText text={paragraph} />
          </p>
        ))}
      </div>
      <div className="lesson-math">
        <div className="lesson-formula" tabIndex={0} role="group" aria-label={`Formula of lesson ${lesson.number}`}>
          <Tex tex={lesson.formula} display fit />
        </div>
        {lesson.live && <LiveFormula kind={lesson.live} />}
        <div className="lesson-actions">
          <button type="button" className="lesson-setup" onClick={() => setUpLesson(store, lesson)}>
            Set it up
          </button>
        </div>
        <section className="lesson-try" aria-label="Try this">
          <TryThis lesson={lesson} />
        </section>
      </div>
    </article>
  );
}
