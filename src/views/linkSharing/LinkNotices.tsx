import { useState } from 'react';

/** What the address (or the saved session) asked for that could not be used: one line each, as plain text. */
export function LinkNotices({ notices }: { notices: readonly string[] }) {
  const [open, setOpen] = useState(notices.length > 0);
  if (!open) return null;
  return (
    <section className="link-notices" aria-label="Settings from the link that were not used">
      <ul>
        {notices.map((notice, i) => (
          <li key={i}>{notice}</li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => setOpen(false)} aria-label="Dismiss the link notices">
        ×
      </button>
    </section>
  );
}
