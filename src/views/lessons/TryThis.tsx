import type { Lesson } from '../../lessons/lesson';
import { useLabStore } from '../../store/LabStoreContext';
import { performLessonAction } from './lessonSetup';

/** A lesson's one thing to try, with the button that does it, and what to look for: in the rail and the read view. */
export function TryThis({ lesson }: { lesson: Lesson }) {
  const store = useLabStore();
  const { action } = lesson;
  return (
    <>
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
    </>
  );
}
