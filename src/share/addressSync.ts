import { shallow } from 'zustand/shallow';
import type { AppStore } from '../store/createAppStore';
import type { RaceStore } from '../store/race/createRaceStore';
import { settingsOf } from '../store/settings';
import { clearSession, saveSession } from './savedSession';
import { writeAddress, type RaceWriter } from './urlState';

/** Settings changes come in bursts (a slider drag): the address is written once they pause this long. */
export const ADDRESS_DELAY_MS = 400;

export interface AddressSync {
  /** Also follows this race's settings (the race store is made on the first visit to the race), written by `write`. */
  watchRace(race: RaceStore, write: RaceWriter): void;
  /** Writes now what is waiting (before a link is copied, or the page is hidden). */
  flush(): void;
  stop(): void;
}

export interface AddressSyncOptions {
  readonly history: Pick<History, 'replaceState'>;
  /** The session is kept here too; null in an embed, which must not overwrite a visitor's own session. */
  readonly storage: Storage | null;
  /** Parameters kept as they are (an embed's own options). */
  readonly keep?: URLSearchParams;
  /**
   * Called once, the first time `storage` refuses the session (full, or throwing): the app says that this session
   * cannot be kept. The older session it holds is removed then, so a bare address never brings it back in place
   * of what the user last saw.
   */
  readonly onSessionNotKept?: () => void;
  /**
   * The address asked for values that were not used (its notices say which): it is written at once with what is
   * used, so that the address bar, a copied link and Share do not pass the refused values on.
   */
  readonly rewriteAtStart?: boolean;
}

/**
 * Keeps the address (and the saved session) in step with the settings: written with history.replaceState, so
 * the Back button is not flooded, after the settings pause, and never per training step — a step changes no
 * setting, and the settings are compared part by part.
 */
export function startAddressSync(lab: AppStore, options: AddressSyncOptions): AddressSync {
  let race: { readonly store: RaceStore; readonly write: RaceWriter } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let told = false;
  const unsubscribes: (() => void)[] = [];

  const write = () => {
    timer = null;
    const params = writeAddress(settingsOf(lab.getState()), race === null ? null : { settings: race.store.getState().settings, write: race.write });
    options.keep?.forEach((value, key) => params.set(key, value));
    const query = params.toString();
    options.history.replaceState(null, '', `?${query}`);
    if (options.storage === null || saveSession(options.storage, query)) return;
    clearSession(options.storage);
    if (!told) options.onSessionNotKept?.();
    told = true;
  };
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(write, ADDRESS_DELAY_MS);
  };

  unsubscribes.push(lab.subscribe((state) => Object.values(settingsOf(state)), schedule, { equalityFn: shallow }));
  if (options.rewriteAtStart === true) write();
  return {
    watchRace(next, write) {
      race = { store: next, write };
      unsubscribes.push(next.subscribe((state) => state.settings, schedule));
      schedule();
    },
    flush() {
      if (timer === null) return;
      clearTimeout(timer);
      write();
    },
    stop() {
      if (timer !== null) clearTimeout(timer);
      unsubscribes.forEach((unsubscribe) => unsubscribe());
    },
  };
}
