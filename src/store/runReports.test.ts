import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { separationFound } from './testing/separationFound';
import { minimiserStepFound } from './testing/minimiserStepFound';
import { DEFAULT_DATASET } from './settings';
import { messageText } from './testing/messageText';
import { formatNumber } from '../model/numberFormat';

describe('the run names what is happening', () => {
  it('L2 strength 1e5 with η 0.5 diverges citing the product ηλ', () => {
    const store = createAppStore();
    store.getState().setModel({ l2: 1e5 });
    store.getState().advance(200);
    expect(store.getState().status).toBe('diverged');
    expect(messageText(store.getState().message)).toMatch(/η·λ = 5\.00e4 > 2, and with L2 GD needs η < 2\/λ = 2\.00e−5 /);
  });

  it('a learning rate of 1000 warns that the steps overshoot, with the stable step', async () => {
    const store = createAppStore();
    await separationFound(store);
    store.getState().setOptimizer({ learningRate: 1000 });
    store.getState().advance(30);
    // The limit is found off the main thread: until then the report says so, and it is filled in when found.
    expect(messageText(store.getState().message)).toMatch(/the steps overshoot\. Finding the minimiser θ\* \(Newton’s method\) for the step limit that decides convergence…$/);
    await minimiserStepFound(store);
    expect(messageText(store.getState().message)).toMatch(
      /^J has stayed above its lowest value so far \(1\.099\) for 20 steps: at step 20 it was [\d.]+, so the steps overshoot\. GD converges to the minimiser θ\* only for η below 2\/hₘₐₓ\(H\(θ\*\)\) = [\d.]+\. η = .* is above it: .* instead of converging\.$/,
    );
  });

  it('the overshoot report says at which step its J was measured, and the curves hold that J at that step', async () => {
    const store = createAppStore();
    await separationFound(store);
    store.getState().setOptimizer({ learningRate: 1000 });
    store.getState().advance(60);
    const measured = /: at step (\d+) it was ([\d.]+), so the steps overshoot\./.exec(messageText(store.getState().message) ?? '');
    expect(measured).not.toBeNull();
    const [, step, loss] = measured ?? [];
    // The run has moved on past the report (60 steps): its J is the one at the step it names, not the latest.
    expect(store.getState().step).toBeGreaterThan(Number(step));
    const sample = store.getState().history.samples.find((s) => s.step === Number(step));
    expect(formatNumber(sample?.loss ?? Number.NaN, 3)).toBe(loss);
  });

  it('Newton on separable data with λ = 0 never claims convergence; ‖θ‖ keeps growing', async () => {
    const store = createAppStore({ dataset: { ...DEFAULT_DATASET, preset: 'separable' } });
    await separationFound(store);
    store.getState().setOptimizer({ kind: 'newton' });
    store.getState().advance(20);
    const early = store.getState();
    expect(early.status).not.toBe('converged');
    expect(messageText(early.message)).toMatch(/is below the gradient tolerance, but this is not convergence: J has no minimiser, because the data are completely separable and λ = 0.* J only approaches its lowest value as ‖θ‖ grows/);
    store.getState().advance(20);
    expect(store.getState().summary.thetaNorm).toBeGreaterThan(early.summary.thetaNorm);
    store.getState().advance(400);
    expect(store.getState().status).not.toBe('converged');
    expect(messageText(store.getState().message)).toMatch(/float64.*This is not convergence/);
  });

  it('with no points there is nothing to fit: no steps, no convergence, no loss', () => {
    const store = createAppStore({ dataset: { ...DEFAULT_DATASET, count: 0 } });
    expect(messageText(store.getState().message)).toMatch(/^There are no points, so there is nothing to fit/);
    store.getState().play();
    store.getState().advance(5);
    const state = store.getState();
    expect(state.playing).toBe(false);
    expect(state.step).toBe(0);
    expect(state.status).not.toBe('converged');
    expect(state.current.loss).toBeNaN();
  });

  it('a Newton run that stops changing J stops with a message instead of sitting silently (iris: no minimiser, said why)', async () => {
    // Iris petals without L2 are quasi-completely separated: an independent LP (SciPy's HiGHS) finds θ_0 = 0,
    // θ_1 = θ_2 = (−1, 0.25, 1), every setosa margin positive and every other 0, so J has no minimiser.
    const store = createAppStore({ init: { kind: 'random', seed: 1, scale: 10, offset: [0, 0, 0] }, dataset: { ...DEFAULT_DATASET, preset: 'iris' } });
    expect((await separationFound(store)).separation).toBe('quasiCompletelySeparated');
    store.getState().setOptimizer({ kind: 'newton' });
    store.getState().advance(300);
    expect(store.getState().status).toBe('paused');
    expect(messageText(store.getState().message)).toMatch(/J = .* has not changed in 100 steps.*This is not convergence: J has no minimiser, because the data are quasi-completely separated/);
  });
});
