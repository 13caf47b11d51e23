import { useLab } from '../store/LabStoreContext';

/** The one place the store's messages (divergence, convergence, rejected input) reach the user. */
export function StatusMessage() {
  const message = useLab((s) => s.message);
  const status = useLab((s) => s.status);
  const dismiss = useLab((s) => s.dismissMessage);
  const urgent = status === 'diverged';
  return (
    <div className={`status-message ${urgent ? 'status-alert' : ''}`} role={urgent ? 'alert' : 'status'} aria-live="polite">
      {message && (
        <>
          <span>{message}</span>
          <button type="button" className="link-button" onClick={dismiss} aria-label="Dismiss message">
            ×
          </button>
        </>
      )}
    </div>
  );
}
