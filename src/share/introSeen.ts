import { readItem, writeItem } from './safeStorage';

/**
 * Whether this browser has seen (and put away) the first-visit intro. Kept apart from the saved session: Start
 * over forgets the session, not that the visitor has been here. Storage that is disabled or full only means the
 * intro may show again; it never breaks the app.
 */
export const INTRO_SEEN_KEY = 'softmax-lab/intro-seen';

export function introSeen(storage: Storage | null): boolean {
  return readItem(storage, INTRO_SEEN_KEY) === '1';
}

/** Not kept when the storage refuses it: the intro then shows again on the next visit, which does no harm. */
export function markIntroSeen(storage: Storage | null): void {
  writeItem(storage, INTRO_SEEN_KEY, '1');
}
