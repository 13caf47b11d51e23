import { useEffect } from 'react';
import { useLabStore } from '../../store/LabStoreContext';
import { shortcutFor, type KeyTarget } from './keyboardShortcuts';

function describeTarget(target: EventTarget | null): KeyTarget {
  if (!(target instanceof HTMLElement)) return { tagName: '' };
  return {
    tagName: target.tagName,
    type: target instanceof HTMLInputElement ? target.type : undefined,
    role: target.getAttribute('role'),
    isContentEditable: target.isContentEditable,
    insideDialog: target.closest('dialog[open]') !== null,
  };
}

/**
 * Space plays or pauses, → or S takes one step, R resets — anywhere on the page except where the key is
 * needed by what has focus (see shortcutFor). Mount once: every mounted copy would act on each key.
 */
export function useKeyboardShortcuts(): void {
  const store = useLabStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = shortcutFor(event, describeTarget(event.target));
      if (action === null) return;
      // Space would otherwise scroll the page, → scroll it sideways.
      event.preventDefault();
      const state = store.getState();
      if (action === 'togglePlay') state.togglePlay();
      else if (action === 'step') state.stepOnce();
      else state.reset();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
