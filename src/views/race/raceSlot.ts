import { createContext, useContext } from 'react';
import type { RaceStore } from '../../store/race/createRaceStore';

/**
 * The app's one race, for panels outside the race view (the race lesson's compact summary): the store once it is
 * loaded, and `request` to have it loaded. The app provides it, so the race view and the summary share one race.
 */
export interface RaceSlot {
  readonly store: RaceStore | null;
  request(): void;
}

export const RaceSlotContext = createContext<RaceSlot | null>(null);

export function useRaceSlot(): RaceSlot {
  const slot = useContext(RaceSlotContext);
  if (slot === null) throw new Error('The race summary needs the app’s race (RaceSlotContext) around it');
  return slot;
}
