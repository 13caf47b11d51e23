import { useId, useRef } from 'react';
import { SHORTCUTS } from './keyboardShortcuts';

/**
 * A "Keyboard shortcuts" button that opens a small modal dialog listing them. The native <dialog> closes on
 * Escape and keeps focus inside while open; closing returns focus to the button.
 */
export function KeyboardShortcutsHelp() {
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={opener} type="button" className="controls-shortcuts-button" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        Keyboard shortcuts
      </button>
      <dialog ref={dialog} className="controls-shortcuts-dialog" aria-labelledby={titleId} onClose={() => opener.current?.focus()}>
        <h3 id={titleId}>Keyboard shortcuts</h3>
        <dl>
          {SHORTCUTS.map(({ keys, action }) => (
            <div key={action}>
              <dt>
                {keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ' or '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{action}</dd>
            </div>
          ))}
        </dl>
        <p className="controls-note">Not while typing in a field. When a button has focus, Space presses that button.</p>
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </>
  );
}
