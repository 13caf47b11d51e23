import { useId } from 'react';
import type { Lesson } from '../../lessons/lesson';
import { LessonText } from '../lessons/LessonText';
import { Tex } from '../tex/Tex';
import { LiveFormula } from '../lessons/LiveFormula';
import { TryThis } from '../lessons/TryThis';
import '../lessons/lessons.css';

/**
 * One lesson as a stretch of the long page: its heading, sentences, formula (filled in live where the lesson has
 * one), what to try and what to look for, in reading order (keyboard and screen readers meet them as the eye
 * does), and its own "Set it up" button for whoever does not scroll.
 */
export function ReadSection({ lesson, active, onSetUp }: { lesson: Lesson; active: boolean; onSetUp: (lesson: Lesson) => void }) {
  const headingId = useId();
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
      <div className="read-formula" tabIndex={0} role="group" aria-label={`Formula of lesson ${lesson.number}`}>
        <Tex tex={lesson.formula} display fit />
      </div>
      {/* The same live block as the lab's lesson card: the formula filled in with the current model's numbers. */}
      {lesson.live && <LiveFormula kind={lesson.live} />}
      <p>
        <button type="button" onClick={() => onSetUp(lesson)} aria-label={`Set it up: lesson ${lesson.number}`}>
          Set it up
        </button>
      </p>
      <TryThis lesson={lesson} />
    </section>
  );
}
