import { useCallback } from 'react';
import type { RaceStore } from '../../store/race/createRaceStore';
import type { ShortcutAction } from '../controls/keyboardShortcuts';
import { useShortcutKeys } from '../controls/useKeyboardShortcuts';

/**
 * The lab's keys, for the race: Space plays or pauses the race, → or S takes one race step, R resets the race.
 * Mounted by the race view only, which replaces the lab's panels, so a key never acts on both. `play` also
 * pauses the lab.
 */
export function useRaceKeyboardShortcuts(store: RaceStore, play: () => void): void {
  const perform = useCallback(
    (action: ShortcutAction) => {
      const state = store.getState();
      if (action === 'togglePlay') {
        if (state.playing) state.pause();
        else play();
      } else if (action === 'step') state.stepOnce();
      else state.reset();
    },
    [store, play],
  );
  useShortcutKeys(perform);
}
