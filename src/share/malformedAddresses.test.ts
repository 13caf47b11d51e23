import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store/createAppStore';
import { createRaceStore } from '../store/race/createRaceStore';
import { labSnapshot } from '../store/race/raceRunState';
import { startupState } from './startup';
import { malformedQueries } from './testing/malformedAddresses';

/** The fuzz's 1,000 addresses (e2e/malformedAddresses.spec.ts opens the first few dozen in Chromium). */
const QUERIES = malformedQueries(1000);
/** Taken in slices, so that each test stays well inside its time limit on a loaded machine. */
const SLICE = 100;

describe('1,000 malformed addresses in Node, through the same parser and startup as the page', () => {
  it('are nearly all different', () => {
    expect(new Set(QUERIES).size).toBeGreaterThan(990);
  });

  it.each(Array.from({ length: QUERIES.length / SLICE }, (_, i) => i * SLICE))(
    'from address %i on: each starts a working lab (and race), with a notice for what was refused, and nothing throws',
    async (first) => {
      for (const query of QUERIES.slice(first, first + SLICE)) {
        const startup = await startupState(`?${query}`, null);
        const store = createAppStore(startup.lab);
        const state = store.getState();
        expect(startup.notices.length + (state.message === null ? 0 : 1), query).toBeGreaterThan(0);
        expect(state.data.classes).toBe(state.classes);
        state.stepOnce();
        expect(store.getState().theta.every(Number.isFinite), query).toBe(true);
        if (startup.race !== null) createRaceStore({ lab: labSnapshot(store.getState()), settings: startup.race }).getState().advance(2);
      }
    },
  );
});
