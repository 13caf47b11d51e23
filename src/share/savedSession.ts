/**
 * The last session, kept in the browser: the same text as a link's query (one format, read back through the same
 * checks), so a reload brings back the settings and the hand-drawn points. Storage that is disabled (private
 * windows), full or corrupt never breaks the app: reads give null, writes say whether they worked.
 */
export const SESSION_KEY = 'softmax-lab/session';

/** The browser's localStorage, or null where touching it throws (some private modes, sandboxed frames). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function loadSession(storage: Storage | null): string | null {
  try {
    return storage?.getItem(SESSION_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Saves the session's query text; false when the storage refused it (full, or disabled). */
export function saveSession(storage: Storage | null, query: string): boolean {
  if (storage === null) return false;
  try {
    storage.setItem(SESSION_KEY, query);
    return true;
  } catch {
    return false;
  }
}

export function clearSession(storage: Storage | null): void {
  try {
    storage?.removeItem(SESSION_KEY);
  } catch {
    // Nothing was kept that could be cleared.
  }
}
