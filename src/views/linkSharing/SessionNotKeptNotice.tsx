import { useState } from 'react';

/** The sentence the app says once when the browser's storage refuses the session (see addressSync's onSessionNotKept). */
export const SESSION_NOT_KEPT =
  'This browser’s storage is full or refuses writes, so this session cannot be kept here: opening the lab without this address will not bring it back (nor an older session). The address, or Share, keeps it.';

/** Shown once the storage has refused the session, until dismissed. */
export function SessionNotKeptNotice({ shown }: { shown: boolean }) {
  const [dismissed, setDismissed] = useState(false);
  if (!shown || dismissed) return null;
  return (
    <div className="link-notices" role="status">
      <p>{SESSION_NOT_KEPT}</p>
      <button type="button" className="link-button" onClick={() => setDismissed(true)} aria-label="Dismiss the storage notice">
        ×
      </button>
    </div>
  );
}
