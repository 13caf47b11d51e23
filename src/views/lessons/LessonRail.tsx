import type { KeyboardEvent } from 'react';
import { lessonByNumber, lessons } from '../../lessons';
import { useLab } from '../../store/LabStoreContext';
import { LessonCard } from './LessonCard';
import './lessons.css';

/** Keys that fields inside the rail use themselves. */
const OWN_ARROWS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/**
 * The lesson rail: the open lesson's card, a list to jump to any lesson, Back and Next. With focus inside the
 * rail, ← and → turn the page; the lab's → (one step) then does not fire, since the rail marks the key as used.
 */
export function LessonRail() {
  const number = useLab((s) => s.lesson);
  const setLesson = useLab((s) => s.setLesson);
  const lesson = lessonByNumber(number);
  if (lesson === null) return null;
  const go = (to: number) => {
    if (lessonByNumber(to) !== null) setLesson(to);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || OWN_ARROWS.has((event.target as HTMLElement).tagName)) return;
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    go(number + (event.key === 'ArrowRight' ? 1 : -1));
  };
  return (
    <aside className="lesson-rail" aria-label="Lessons" onKeyDown={onKeyDown}>
      <header className="lesson-rail-header">
        <h2>Lessons</h2>
        <select aria-label="Lesson" value={number} onChange={(event) => go(Number(event.target.value))}>
          {lessons.map((entry) => (
            <option key={entry.number} value={entry.number}>
              {entry.number}. {entry.title}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => setLesson(0)}>
          Close lessons
        </button>
      </header>
      <LessonCard key={lesson.number} lesson={lesson} />
      <nav className="lesson-nav" aria-label="Lesson pages">
        <button type="button" onClick={() => go(number - 1)} disabled={number <= 1}>
          Back
        </button>
        <span>
          {number} of {lessons.length}
        </span>
        <button type="button" onClick={() => go(number + 1)} disabled={number >= lessons.length}>
          Next
        </button>
      </nav>
    </aside>
  );
}
