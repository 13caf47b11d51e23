import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../store/createAppStore';
import { ADDRESS_DELAY_MS, startAddressSync } from './addressSync';
import { loadSession, SESSION_KEY } from './savedSession';
import { readAddress } from './addressReader';
import { memoryStorage } from './testing/memoryStorage';

describe('the address follows the settings', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes once after a burst of changes, never per training step, and keeps the session', () => {
    const store = createAppStore();
    const history = { replaceState: vi.fn<(data: unknown, unused: string, url: string) => void>() };
    const storage = memoryStorage();
    const sync = startAddressSync(store, { history, storage });
    for (const learningRate of [0.1, 0.2, 0.3]) store.getState().setOptimizer({ learningRate });
    vi.advanceTimersByTime(ADDRESS_DELAY_MS);
    expect(history.replaceState).toHaveBeenCalledTimes(1);
    expect(history.replaceState).toHaveBeenLastCalledWith(null, '', '?v=1&lr=0.3');
    expect(loadSession(storage)).toBe('v=1&lr=0.3');

    store.getState().advance(50);
    store.getState().stepOnce();
    vi.advanceTimersByTime(10 * ADDRESS_DELAY_MS);
    expect(history.replaceState).toHaveBeenCalledTimes(1);
    sync.stop();
  });

  it('hand-drawn points go into the address and come back from it', async () => {
    const store = createAppStore();
    const history = { replaceState: vi.fn<(data: unknown, unused: string, url: string) => void>() };
    const sync = startAddressSync(store, { history, storage: null });
    store.getState().addPoint(1.25, -0.5);
    sync.flush();
    const query = history.replaceState.mock.calls[0][2].slice(1);
    const { state } = await readAddress(new URLSearchParams(query));
    expect(state!.lab.points).toHaveLength(201);
    expect(state!.lab.points!.at(-1)!.x1).toBeCloseTo(1.25, 6);
    sync.stop();
  });

  it('a full storage: said once, and the older session is removed so that a bare address cannot bring it back', () => {
    const store = createAppStore();
    const history = { replaceState: vi.fn<(data: unknown, unused: string, url: string) => void>() };
    const items = new Map<string, string>([[SESSION_KEY, 'v=1&lr=0.7']]);
    const storage = { ...memoryStorage(true), getItem: (key: string) => items.get(key) ?? null, removeItem: (key: string) => void items.delete(key) };
    const notKept = vi.fn<() => void>();
    const sync = startAddressSync(store, { history, storage, onSessionNotKept: notKept });
    store.getState().setModel({ l2: 0.01 });
    sync.flush();
    store.getState().setModel({ l2: 0.02 });
    sync.flush();
    expect(notKept).toHaveBeenCalledTimes(1);
    expect(loadSession(storage)).toBeNull();
    expect(history.replaceState).toHaveBeenLastCalledWith(null, '', '?v=1&l2=0.02');
    sync.stop();
  });

  it('negative control: a storage that keeps the session, or none at all (an embed), says nothing', () => {
    for (const storage of [memoryStorage(), null]) {
      const store = createAppStore();
      const notKept = vi.fn<() => void>();
      const sync = startAddressSync(store, { history: { replaceState: vi.fn<(data: unknown, unused: string, url: string) => void>() }, storage, onSessionNotKept: notKept });
      store.getState().setModel({ l2: 0.01 });
      sync.flush();
      expect(notKept).not.toHaveBeenCalled();
      sync.stop();
    }
  });

  it('a full or disabled storage does not break the sync', () => {
    const store = createAppStore();
    const history = { replaceState: vi.fn<(data: unknown, unused: string, url: string) => void>() };
    const storage = memoryStorage(true);
    const sync = startAddressSync(store, { history, storage });
    store.getState().setModel({ l2: 0.01 });
    expect(() => sync.flush()).not.toThrow();
    expect(history.replaceState).toHaveBeenCalledTimes(1);
    expect(storage.getItem(SESSION_KEY)).toBeNull();
    sync.stop();
  });
});
