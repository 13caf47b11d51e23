import { readItem, removeItem, writeItem } from './safeStorage';

/**
 * The last session, kept in the browser: the same text as a link's query (one format, read back through the same
 * checks), so a reload brings back the settings and the hand-drawn points. Storage that is disabled (private
 * windows), full or corrupt never breaks the app: reads give null, writes say whether they worked.
 */
export const SESSION_KEY = 'softmax-lab/session';

export function loadSession(storage: Storage | null): string | null {
  return readItem(storage, SESSION_KEY);
}

/** Saves the session's query text; false when the storage refused it (full, or disabled). */
export function saveSession(storage: Storage | null, query: string): boolean {
  return writeItem(storage, SESSION_KEY, query);
}

export function clearSession(storage: Storage | null): void {
  removeItem(storage, SESSION_KEY);
}
