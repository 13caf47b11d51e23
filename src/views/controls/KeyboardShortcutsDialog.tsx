import { useEffect, useId, useRef } from 'react';
import { SHORTCUTS } from './keyboardShortcuts';

/**
 * The modal list of keyboard shortcuts, open from the moment it mounts. The native <dialog> closes on Escape and
 * keeps focus inside while open.
 */
export function KeyboardShortcutsDialog({ onClose }: { readonly onClose: () => void }) {
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  return (
    <dialog ref={dialog} className="controls-shortcuts-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h3 id={titleId}>Keyboard shortcuts</h3>
      <dl>
        {SHORTCUTS.map(({ keys, action, presentation }) => (
          <div key={action}>
            <dt>
              {keys.map((key, i) => (
                <span key={key}>
                  {i > 0 && ' or '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>
              {action}
              {presentation && <span className="shortcut-where"> (in presentation)</span>}
            </dd>
          </div>
        ))}
      </dl>
      <p className="controls-note">Not while typing in a field. When a button has focus, Space presses that button.</p>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
