import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_SETTINGS, generatePreset } from '../../model/datasets/presets';
import { DEFAULT_INIT } from '../../model/initialization';
import { createRaceStore, type RaceStore } from '../../store/race/createRaceStore';
import type { RacePresetId } from '../../store/race/raceSettings';
import { list, percent, raceReadout } from './raceReadout';

function race(preset: RacePresetId, points: 'overlapping' | 'blobs' = 'overlapping'): RaceStore {
  const generated = generatePreset(points, DEFAULT_PRESET_SETTINGS);
  const store = createRaceStore({ lab: { points: generated.points, classes: generated.classes, init: DEFAULT_INIT } });
  store.getState().choosePreset(preset);
  return store;
}

function readout(store: RaceStore): string {
  const { step, settings, separable, points, lanes } = store.getState();
  return raceReadout({
    step,
    tolerance: settings.tolerance,
    separable,
    pointCount: points.length,
    lanes: lanes.map((run, i) => ({ run, settings: settings.lanes[i] })),
  });
}

describe('the race read-out', () => {
  it('invites a start before the first step', () => {
    expect(readout(race('parametrization'))).toMatch(/^Press Play race or Step race\. Every lane starts from the same θ on the same 200 points/);
  });

  it('reports steps to the fixed target, a plain verdict for this run, agreement and the singular Hessian', () => {
    const store = race('parametrization');
    store.getState().advance(3000);
    store.getState().stepOnce();
    const text = readout(store);
    expect(text).toMatch(/^The target is a loss within 1e−6 of J\*, the lowest loss of the lane’s objective \(L2 changes J\*, so a lane with L2 has its own\)\. /);
    expect(text).toMatch(/After 3001 race steps, full reached it at step \d+, reference class at step \d+ and full \+ L2 at step \d+\./);
    expect(text).toMatch(
      /With GD η = 0\.5 on these points, full \(9 parameters\) reached the target (\d+ steps? (sooner|later) than|in as many steps as) reference class \(6 parameters\)\. That is this run only: no general rule\./,
    );
    expect(text).not.toMatch(/over-parameterisation cost|came within|best loss/);
    expect(text).toMatch(/Compared with full, the predicted classes differ for reference class on [^(]+ \(no point\)/);
    expect(text).toContain('The Hessian is singular for full (9 parameters, 3 zero eigenvalues), along directions no probability depends on');
    expect(text).toMatch(/Full \+ L2 converged at step \d+\. A lane stops when ‖∇J‖∞ ≤ 1e−9\.$/);
    expect(text).toMatch(/at the current θ, κ = hₘₐₓ\/hₘᵢₙ on the directions that change the classifier is [\d.]+ for full \(hₘᵢₙ = [\d.]+\), [\d.]+ for reference class \(hₘᵢₙ = [\d.]+\) and [\d.]+ for full \+ L2/);
    expect(text).not.toContain('separable');
  });

  it('says that λ = 0 on separable points has no target, instead of a count', () => {
    const store = race('separable');
    store.getState().advance(2040);
    const text = readout(store);
    expect(text).toContain('λ = 0 has no target: on separable points without L2 the loss has no minimum.');
    expect(text).toMatch(/After 2040 race steps, λ = 0\.01 reached it at step \d+\./);
    expect(text).not.toContain('λ = 0 reached');
  });

  it('says a diverged lane diverged, never what it did to m or ‖θ‖', () => {
    const store = race('optimizer');
    store.getState().setLane(0, { l2: 1, optimizer: { learningRate: 1e300 } });
    store.getState().advance(50);
    const text = readout(store);
    expect(store.getState().lanes[0].status).toBe('diverged');
    expect(text).toMatch(/Full \+ L2 λ = 1 · GD η = 1e300 diverged at step \d+ \(its loss or θ became non-finite\)\.$/);
    expect(text).toContain('The class-mean m, which no probability depends on, moved in Adam');
    expect(text).not.toMatch(/Compared with full|κ = [^.]*full \+ L2/);
    expect(text).not.toMatch(/‖m‖[^.]*full \+ L2 λ = 1 · GD|full \+ L2 λ = 1 · GD η = 1e300 \(‖m‖/);
    expect(text).not.toContain('∞ ');
    expect(text).not.toContain('→ ∞');
  });

  it('says which lanes moved the class-mean m', () => {
    const store = race('optimizer');
    store.getState().advance(200);
    expect(readout(store)).toMatch(/The class-mean m, which no probability depends on, moved in Adam \(‖m‖ 0 → [\d.]+\) and stayed where it started in GD\./);
  });

  it('on separable data, says whose ‖θ‖ keeps growing and whose has settled', () => {
    const store = race('separable');
    store.getState().advance(3000);
    expect(readout(store)).toMatch(/These points are linearly separable, .* ‖θ‖ is still growing in λ = 0 \([\d.]+ → [\d.]+\) while it has settled in λ = 0\.01 \([\d.]+\)\./);
  });

  it('names the lanes that stopped', () => {
    const store = race('newton');
    store.getState().advance(100);
    expect(readout(store)).toMatch(/Newton, pseudo-inverse converged at step \d+, Newton, damping converged at step \d+ and Newton, reference class converged at step \d+\. A lane stops when ‖∇J‖∞ ≤ 1e−9\.$/);
  });

  it('on separable data, says that Newton without L2 stopped short of a minimum that does not exist, never "converged"', () => {
    const store = race('newton', 'blobs');
    store.getState().advance(60);
    expect(store.getState().lanes.every((lane) => lane.status === 'running')).toBe(true);
    store.getState().advance(200);
    expect(store.getState().lanes.map((lane) => lane.status)).toEqual(['stalled', 'running', 'stalled']);
    expect(readout(store)).toMatch(
      /‖θ‖ is still growing in Newton, damping \([\d.]+ → [\d.]+\)\. Newton, pseudo-inverse and Newton, reference class stopped only because float64 can no longer lower J, at ‖θ‖ = [\d.]+ and [\d.]+, not at a minimum\./,
    );
    expect(readout(store)).not.toContain('converged');
  });

  it('writes lists and percentages the way people do', () => {
    expect(list([])).toBe('');
    expect(list(['a'])).toBe('a');
    expect(list(['a', 'b', 'c'])).toBe('a, b and c');
    expect(percent(0.5)).toBe('50.0%');
    expect(percent(0.0004)).toBe('0.040%');
  });
});
