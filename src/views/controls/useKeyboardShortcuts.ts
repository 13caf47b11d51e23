import { useCallback, useEffect } from 'react';
import { useLabStore } from '../../store/LabStoreContext';
import { lessonTurnFor, shortcutFor, type KeyPress, type KeyTarget, type ShortcutAction } from './keyboardShortcuts';

/** What shortcutFor needs to know about the element a key went to. */
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
 * needed by what has focus (see shortcutFor); `perform` says what each does in the view that mounts this (the
 * lab or the race). Mount once per view: every mounted copy would act on each key. `perform` should be stable.
 */
export function useShortcutKeys(perform: (action: ShortcutAction) => void): void {
  useKeys(shortcutFor, perform);
}

/**
 * Page Down or N opens the next lesson, Page Up or P the previous one (see lessonTurnFor): the presentation's
 * keys, where the page does not scroll. `turn` should be stable.
 */
export function useLessonKeys(turn: (by: 1 | -1) => void): void {
  useKeys(lessonTurnFor, turn);
}

/** Calls `perform` with what `read` makes of each key press on the page; the key then does nothing else. */
function useKeys<T>(read: (press: KeyPress, target: KeyTarget) => T | null, perform: (value: T) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const value = read(event, describeTarget(event.target));
      if (value === null) return;
      // Space would otherwise scroll the page, → scroll it sideways.
      event.preventDefault();
      perform(value);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [read, perform]);
}

/** The lab's keys: they play, step and reset the lab's run (while `enabled`; the keys are then left alone). */
export function useKeyboardShortcuts(enabled = true): void {
  const store = useLabStore();
  const perform = useCallback(
    (action: ShortcutAction) => {
      const state = store.getState();
      if (action === 'togglePlay') state.togglePlay();
      else if (action === 'step') state.stepOnce();
      else state.reset();
    },
    [store],
  );
  useKeys(enabled ? shortcutFor : noKey, perform);
}

const noKey = (): null => null;
