import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_SETTINGS, generatePreset } from '../../model/datasets/presets';
import { DEFAULT_INIT } from '../../model/initialization';
import { QUASI8, QUASI9 } from '../../model/race/quasiSeparated.fixtures';
import { createRaceStore } from './createRaceStore';
import { laneDivergenceAdvice } from './raceActions';
import { GD_DIVERGENCE_FACTS } from '../testing/divergenceFacts';

function overlapping() {
  const generated = generatePreset('overlapping', DEFAULT_PRESET_SETTINGS);
  return createRaceStore({ lab: { points: generated.points, classes: generated.classes, init: DEFAULT_INIT } });
}

describe('steps to a fixed target', () => {
  it('every lane without L2 shares one J*, computed once; a count once shown never changes', () => {
    const store = overlapping();
    const [full, reference, regularised] = store.getState().lanes.map((lane) => lane.target);
    expect(full.kind).toBe('optimum');
    expect(reference).toBe(full);
    // L2 raises the minimum of J (the penalty is ≥ 0 and the unpenalised minimiser is not at θ = 0).
    expect(regularised.kind === 'optimum' && full.kind === 'optimum' && regularised.loss > full.loss).toBe(true);
    const shown = new Map<number, number>();
    for (let block = 0; block < 12; block++) {
      store.getState().advance(250);
      store.getState().lanes.forEach((lane, i) => {
        // Not reached yet (and never reached before), or the same count as when first reached.
        if (lane.stepsToReach !== null && !shown.has(i)) shown.set(i, lane.stepsToReach);
        expect(lane.stepsToReach).toBe(shown.get(i) ?? null);
      });
      expect(store.getState().lanes[0].target).toBe(full);
    }
    expect(shown.size).toBe(3);
    // J* is the lowest loss: no lane goes below it by more than rounding.
    store.getState().lanes.forEach((lane) => expect(lane.loss).toBeGreaterThanOrEqual((lane.target.kind === 'optimum' ? lane.target.loss : 0) - 1e-12));
  });

  it('on separable data the λ = 0 lane has no target, however long it runs; the λ > 0 lane has one', () => {
    const store = overlapping();
    store.getState().choosePreset('separable');
    store.getState().advance(2000);
    const [free, penalised] = store.getState().lanes;
    expect(free.target).toEqual({ kind: 'no-minimum', reason: 'completelySeparable' });
    expect(free.stepsToReach).toBeNull();
    expect(Number.isNaN(free.gap)).toBe(true);
    expect(penalised.target.kind).toBe('optimum');
    expect(penalised.stepsToReach).not.toBeNull();
  });

  it('where the classes only touch (quasi9, quasi8) no lane without L2 has a target, and none converges: J has no minimiser', () => {
    for (const points of [QUASI9, QUASI8]) {
      const store = createRaceStore({ lab: { points, classes: 2, init: DEFAULT_INIT } });
      store.getState().choosePreset('newton');
      expect(store.getState().separation).toBe('quasiCompletelySeparated');
      store.getState().advance(3000);
      const lanes = store.getState().lanes;
      // Before, Newton's infimum stood in as J* (0.2121714 on quasi9) and every lane "reached" it.
      expect(lanes.map((lane) => lane.target)).toEqual(lanes.map(() => ({ kind: 'no-minimum', reason: 'quasiCompletelySeparated' })));
      expect(lanes.map((lane) => lane.stepsToReach)).toEqual([null, null, null]);
      expect(lanes.some((lane) => lane.status === 'converged')).toBe(false);
    }
  });
});

describe('a diverged lane', () => {
  it('names its likely cause from the facts the lab uses', () => {
    const facts = { ...GD_DIVERGENCE_FACTS, step: 3 };
    expect(laneDivergenceAdvice({ ...facts, step: 0, finiteBeforeStep: false })).toMatch(/first step, from the lab’s initial θ/);
    expect(laneDivergenceAdvice({ ...facts, l2: 1e5 })).toBe('Its η·λ = 5e4 is above 2, so the L2 term alone grows the weights (each step multiplies them by 1 − ηλ): lower η or λ.');
    expect(laneDivergenceAdvice(facts)).toMatch(/learning rate too large for this loss \(near a minimiser GD is stable only for η < 2\/hₘₐₓ, hₘₐₓ the Hessian’s largest eigenvalue there\): lower η = 0\.5\./);
    expect(laneDivergenceAdvice({ ...facts, optimizer: 'newton' })).toBe('Press Reset race to start again.');
  });

  it('says it diverged, and why, in the race message', () => {
    const store = overlapping();
    store.getState().setLane(0, { l2: 1, optimizer: { learningRate: 1e300 } });
    store.getState().advance(10);
    const state = store.getState();
    expect(state.lanes[0].status).toBe('diverged');
    expect(state.message).toMatch(/^Lane 1 \(full \+ L2 λ = 1 · GD η = 1e300\) diverged at step \d+: its loss or θ became non-finite, so it stopped at its last finite θ\. Its η·λ = 1e300 is above 2/);
  });
});
