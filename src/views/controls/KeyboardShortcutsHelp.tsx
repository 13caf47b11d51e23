import { lazy, Suspense, useRef, useState } from 'react';

// The list is read once in a while, never at first paint: its dialog loads when the button is first pressed.
const KeyboardShortcutsDialog = lazy(() => import('./KeyboardShortcutsDialog').then((module) => ({ default: module.KeyboardShortcutsDialog })));

/** A "Keyboard shortcuts" button that opens a small modal dialog listing them; closing returns focus here. */
export function KeyboardShortcutsHelp() {
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button ref={opener} type="button" className="controls-shortcuts-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Keyboard shortcuts
      </button>
      {open && (
        <Suspense fallback={null}>
          <KeyboardShortcutsDialog
            onClose={() => {
              setOpen(false);
              opener.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
