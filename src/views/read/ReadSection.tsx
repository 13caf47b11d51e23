import { useId } from 'react';
import type { Lesson } from '../../lessons/lesson';
import { useLabStore } from '../../store/LabStoreContext';
import { LessonText } from '../lessons/LessonText';
import { performLessonAction } from '../lessons/lessonSetup';
import { Tex } from '../lessons/Tex';

/**
 * One lesson as a stretch of the long page: its heading, sentences, formula, what to try and what to look for,
 * in reading order (keyboard and screen readers meet them as the eye does), and its own "Set it up" button for
 * whoever does not scroll.
 */
export function ReadSection({ lesson, active, onSetUp }: { lesson: Lesson; active: boolean; onSetUp: (lesson: Lesson) => void }) {
  const headingId = useId();
  const store = useLabStore();
  const { action } = lesson;
  return (
    <section id={`lesson-${lesson.number}`} className={active ? 'read-section read-section-active' : 'read-section'} data-lesson={lesson.number} aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className="read-section-number">Lesson {lesson.number}.</span> {lesson.title}
      </h2>
      {lesson.paragraphs.map((paragraph, i) => (
        <p key={i}>
          <LessonText text={paragraph} />
        </p>
      ))}
      <div className="read-formula">
        <Tex tex={lesson.formula} display />
      </div>
      <p>
        <button type="button" onClick={() => onSetUp(lesson)} aria-label={`Set it up: lesson ${lesson.number}`}>
          Set it up
        </button>
      </p>
      <p>
        <strong>Try this:</strong> {lesson.tryThis}{' '}
        {action !== null && (
          <button type="button" onClick={() => performLessonAction(store, action)}>
            {action.label}
          </button>
        )}
      </p>
      <p>
        <strong>Look for:</strong> {lesson.lookFor}
      </p>
    </section>
  );
}
