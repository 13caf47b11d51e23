import type { RaceSettings } from '../store/race/raceSettings';
import type { LabSettings } from '../store/settings';
import type { EmbedOptions } from './embedOptions';
import { loadSession } from './savedSession';

/** How the app starts: the settings to build its stores from, where they came from, and what could not be used. */
export interface Startup {
  readonly lab: Partial<LabSettings>;
  readonly race: RaceSettings | null;
  readonly embed: EmbedOptions | null;
  readonly source: 'address' | 'session' | 'defaults';
  /** One short sentence per refused parameter; shown as text, never as HTML. */
  readonly notices: readonly string[];
}

/**
 * The address wins; without settings in it, the last session kept in storage; without that, the defaults. An
 * embedded copy never reads (or, see addressSync, writes) the session: it shows what its author put in the link,
 * and must not overwrite what a visitor keeps in the full app on the same site.
 */
export async function startupState(search: string, storage: Storage | null): Promise<Startup> {
  const notices: string[] = [];
  const params = new URLSearchParams(search);
  // A bare address and no kept session: the defaults, without loading the readers of either.
  if ([...params].length === 0 && loadSession(storage) === null) return { lab: {}, race: null, embed: null, source: 'defaults', notices };
  const [{ readEmbedOptions }, { readAddress }] = await Promise.all([import('./embedOptions'), import('./addressReader')]);
  const embed = readEmbedOptions(params, notices);
  const fromAddress = await readAddress(params);
  notices.push(...fromAddress.notices);
  if (fromAddress.state !== null) return { ...fromAddress.state, embed, source: 'address', notices };
  const saved = embed === null ? loadSession(storage) : null;
  if (saved !== null) {
    const fromSession = await readAddress(new URLSearchParams(saved));
    notices.push(...fromSession.notices.map((notice) => `Your last session: ${notice}`));
    if (fromSession.state !== null) return { ...fromSession.state, embed, source: 'session', notices };
  }
  return { lab: {}, race: null, embed, source: 'defaults', notices };
}
