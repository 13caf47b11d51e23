import { Fragment } from 'react';
import type { Lesson, LessonAction } from '../../lessons/lesson';
import { useLab, useLabStore } from '../../store/LabStoreContext';
import { PlayPauseLabel } from '../controls/RunButtons';
import { performLessonAction } from './lessonSetup';

/** A lesson's things to try, with the buttons that do them, and what to look for: in the rail, the read view and an embed. */
export function TryThis({ lesson }: { lesson: Lesson }) {
  return (
    <>
      <p>
        <strong>Try this:</strong> {lesson.tryThis}
        {lesson.actions.map((action, i) => (
          <Fragment key={i}>
            {' '}
            <ActionButton action={action} />
          </Fragment>
        ))}
      </p>
      <p>
        <strong>Look for:</strong> {lesson.lookFor}
      </p>
    </>
  );
}

/**
 * One action's button. Play is Play/Pause like the Training panel's: its name says what it will do, so a student can
 * pause from the card (and Space, which presses the focused button, pauses too).
 */
function ActionButton({ action }: { action: LessonAction }) {
  const store = useLabStore();
  const playing = useLab((s) => s.playing);
  const perform = () => performLessonAction(store, action);
  if (action.kind !== 'play') {
    return (
      <button type="button" onClick={perform}>
        {action.label}
      </button>
    );
  }
  return (
    <button type="button" onClick={perform}>
      <PlayPauseLabel playing={playing} />
    </button>
  );
}
