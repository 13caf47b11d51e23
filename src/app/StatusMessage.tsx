import { useLab } from '../store/LabStoreContext';
import { useMessageText } from './useMessageText';

/** The one place the store's messages (divergence, convergence, rejected input, replaced points) reach the user. */
export function StatusMessage() {
  const message = useLab((s) => s.message);
  const status = useLab((s) => s.status);
  // Once training has started the run may soon have something to say: its wording loads then.
  const trainingStarted = useLab((s) => s.status !== 'ready' || s.step > 0);
  const canUndo = useLab((s) => s.restorable !== null);
  const dismiss = useLab((s) => s.dismissMessage);
  const undo = useLab((s) => s.undoPointsChange);
  const shown = useMessageText(message, trainingStarted);
  const urgent = status === 'diverged';
  return (
    <div
      className={`status-message ${urgent ? 'status-alert' : ''}`}
      role={urgent ? 'alert' : 'status'}
      aria-live="polite"
      // While a message's wording loads nothing is shown: aria-busy says a message is on its way.
      aria-busy={shown.kind === 'pending'}
    >
      {shown.kind === 'text' && (
        <>
          <span>{shown.text}</span>
          {canUndo && (
            <button type="button" className="link-button" onClick={undo} aria-label="Undo: bring back the edited points">
              Undo
            </button>
          )}
          <button type="button" className="link-button" onClick={dismiss} aria-label="Dismiss message">
            ×
          </button>
        </>
      )}
    </div>
  );
}
