import { describe, expect, it } from 'vitest';
import { minimiserStableStep } from '../model/minimiserStableStep';
import { createAppStore } from './createAppStore';
import { labTrainerConfig } from './labRunSettings';
import { messageText } from './testing/messageText';
import { minimiserStepFound } from './testing/minimiserStepFound';
import { separationFound } from './testing/separationFound';

describe('the lab’s step limit at the minimiser (found once per points and objective, off the main thread)', () => {
  it('with λ = 0 it is unknown until the points’ separation is; once known, a search finds it', async () => {
    const store = createAppStore();
    store.getState().findMinimiserStep();
    expect(store.getState().minimiserStep).toEqual({ answer: { kind: 'unknown' } });
    await separationFound(store);
    // The separation changes whether J has a minimiser: the old answer no longer applies.
    expect(store.getState().minimiserStep).toBeNull();
    store.getState().findMinimiserStep();
    expect(store.getState().minimiserStep).toEqual({ answer: null });
    const found = (await minimiserStepFound(store)).minimiserStep!.answer!;
    expect(found.kind).toBe('found');
  });

  it('a change of objective while it is being found drops that answer; the next search is for the new objective', async () => {
    const store = createAppStore({ model: { ...createAppStore().getState().model, l2: 0.1 } });
    await separationFound(store);
    store.getState().findMinimiserStep();
    expect(store.getState().minimiserStep).toEqual({ answer: null });
    store.getState().setModel({ l2: 1 });
    expect(store.getState().minimiserStep).toBeNull();
    store.getState().findMinimiserStep();
    const state = await minimiserStepFound(store);
    const answer = state.minimiserStep!.answer!;
    const spec = (l2: number) => ({ ...labTrainerConfig(state).objective, l2 });
    const atStrongL2 = minimiserStableStep(state.data, spec(1), undefined, state.separation);
    const atWeakL2 = minimiserStableStep(state.data, spec(0.1), undefined, state.separation);
    if (answer.kind !== 'found' || atStrongL2.kind !== 'found' || atWeakL2.kind !== 'found') throw new Error('expected limits found with L2');
    expect(Math.abs(atStrongL2.rate - atWeakL2.rate)).toBeGreaterThan(0.1);
    expect(answer.rate).toBeCloseTo(atStrongL2.rate, 6);
    // Still that one after the dropped search would have answered.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(store.getState().minimiserStep!.answer).toBe(answer);
  });

  it('asked for twice, it searches once', async () => {
    const store = createAppStore({ model: { ...createAppStore().getState().model, l2: 0.1 } });
    await separationFound(store);
    store.getState().findMinimiserStep();
    const pending = store.getState().minimiserStep;
    store.getState().findMinimiserStep();
    expect(store.getState().minimiserStep).toBe(pending);
    const found = (await minimiserStepFound(store)).minimiserStep;
    store.getState().findMinimiserStep();
    expect(store.getState().minimiserStep).toBe(found);
  });

  it('an overshoot reported before the separation was known names the limit once it can be found', async () => {
    const store = createAppStore();
    store.getState().setOptimizer({ learningRate: 1000 });
    store.getState().advance(30);
    expect(messageText(store.getState().message)).toMatch(/the steps overshoot\. .*the limit that decides convergence is not known yet\.$/);
    await separationFound(store);
    await minimiserStepFound(store);
    expect(messageText(store.getState().message)).toMatch(/the steps overshoot\. GD converges to the minimiser θ\* only for η below 2\/hₘₐₓ\(H\(θ\*\)\) = [\d.]+\. η = \S+ is above it/);
  });

  it('with λ > 0 on every entry the points’ separation changes nothing: a search started before it arrives still answers', async () => {
    const store = createAppStore({ model: { ...createAppStore().getState().model, l2: 0.1, penalizeBias: true } });
    expect(store.getState().separation).toBeNull();
    store.getState().findMinimiserStep();
    expect(store.getState().minimiserStep).not.toBeNull();
    await separationFound(store);
    expect(store.getState().minimiserStep).not.toBeNull();
    expect((await minimiserStepFound(store)).minimiserStep!.answer!.kind).toBe('found');
  });
});
