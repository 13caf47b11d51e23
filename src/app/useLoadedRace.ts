import { useEffect, useState } from 'react';
import type { AppStore } from '../store/createAppStore';
import type { RaceStore } from '../store/race/createRaceStore';
import type { RaceSettings } from '../store/race/raceSettings';

export type RaceModule = typeof import('./raceModule');
export interface LoadedRace {
  readonly module: RaceModule;
  readonly store: RaceStore;
}

/**
 * The race, loaded and made the first time it is wanted (the race view is shown, or a link carries a race), then
 * kept so a race survives switching views. `forget` drops it (Start over). The first race uses the link's
 * settings; a later one starts from the default race.
 */
export function useLoadedRace(lab: AppStore, wanted: boolean, fromLink: RaceSettings | null): { readonly race: LoadedRace | null; forget(): void } {
  const [race, setRace] = useState<LoadedRace | null>(null);
  // The link's race settings until the first race is made from them.
  const [linkSettings, setLinkSettings] = useState(fromLink);
  const want = wanted || linkSettings !== null;
  useEffect(() => {
    if (!want || race !== null) return;
    let cancelled = false;
    void import('./raceModule').then((module) => {
      if (cancelled) return;
      setLinkSettings(null);
      setRace({ module, store: module.createRaceStore({ lab: module.labSnapshot(lab.getState()), settings: linkSettings ?? undefined }) });
    });
    return () => {
      cancelled = true;
    };
  }, [want, race, lab, linkSettings]);
  return { race, forget: () => setRace(null) };
}
