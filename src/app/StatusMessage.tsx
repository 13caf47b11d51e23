import { useLab } from '../store/LabStoreContext';

/** The one place the store's messages (divergence, convergence, rejected input, replaced points) reach the user. */
export function StatusMessage() {
  const message = useLab((s) => s.message);
  const status = useLab((s) => s.status);
  const canUndo = useLab((s) => s.restorable !== null);
  const dismiss = useLab((s) => s.dismissMessage);
  const undo = useLab((s) => s.undoPointsChange);
  const urgent = status === 'diverged';
  return (
    <div className={`status-message ${urgent ? 'status-alert' : ''}`} role={urgent ? 'alert' : 'status'} aria-live="polite">
      {message && (
        <>
          <span>{message}</span>
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
