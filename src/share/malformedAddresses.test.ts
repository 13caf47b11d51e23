import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store/createAppStore';
import { createRaceStore } from '../store/race/createRaceStore';
import { labSnapshot } from '../store/race/raceRunState';
import { startupState } from './startup';
import { malformedQueries } from './testing/malformedAddresses';

describe('malformed addresses in Node (e2e/malformedAddresses.spec.ts opens 1,000 of them in Chromium)', () => {
  it('each starts a working lab (and race), with a notice for what was refused, and nothing throws', async () => {
    const queries = malformedQueries(300);
    expect(new Set(queries).size).toBeGreaterThan(295);
    for (const query of queries) {
      const startup = await startupState(`?${query}`, null);
      const store = createAppStore(startup.lab);
      const state = store.getState();
      expect(startup.notices.length + (state.message === null ? 0 : 1), query).toBeGreaterThan(0);
      expect(state.data.classes).toBe(state.classes);
      state.stepOnce();
      expect(store.getState().theta.every(Number.isFinite), query).toBe(true);
      if (startup.race !== null) createRaceStore({ lab: labSnapshot(store.getState()), settings: startup.race }).getState().advance(2);
    }
  });
});
