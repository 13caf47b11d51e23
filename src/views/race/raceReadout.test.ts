import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_SETTINGS, generatePreset } from '../../model/datasets/presets';
import type { Point } from '../../model/dataset';
import { DEFAULT_INIT } from '../../model/initialization';
import { QUASI8, QUASI9 } from '../../model/race/quasiSeparated.fixtures';
import { createRaceStore, type RaceStore } from '../../store/race/createRaceStore';
import type { RacePresetId } from '../../store/race/raceSettings';
import { list, percent, raceReadout } from './raceReadout';

function race(preset: RacePresetId, points: 'overlapping' | 'blobs' = 'overlapping'): RaceStore {
  const generated = generatePreset(points, DEFAULT_PRESET_SETTINGS);
  const store = createRaceStore({ lab: { points: generated.points, classes: generated.classes, init: DEFAULT_INIT } });
  store.getState().choosePreset(preset);
  return store;
}

function raceOn(points: readonly Point[], classes: number, preset: RacePresetId): RaceStore {
  const store = createRaceStore({ lab: { points, classes, init: DEFAULT_INIT } });
  store.getState().choosePreset(preset);
  return store;
}

function readout(store: RaceStore): string {
  const { step, settings, separation, points, lanes } = store.getState();
  return raceReadout({
    step,
    tolerance: settings.tolerance,
    separation,
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

  it('where the classes only touch (quasi9), names no J* and no target reached, and says no lane stopped at a minimum', () => {
    const store = raceOn(QUASI9, 2, 'newton');
    store.getState().advance(3000);
    const text = readout(store);
    expect(text).toMatch(/^No lane has a target: on quasi-completely separated points without L2 the loss has no minimum\. Compared with /);
    expect(text).not.toMatch(/J\*|reached|converged|J no longer changes in float64\)/);
    expect(text).toContain(
      'These points are quasi-completely separated (some θ classifies every point correctly or puts it on a boundary, at least one correctly), so without L2 the loss has no minimum: over the second half of the race ‖θ‖ is still growing in Newton, damping (',
    );
    expect(text).toMatch(/Newton, pseudo-inverse and Newton, reference class stopped only because float64 can no longer lower J, at ‖θ‖ = 16\.590 and 23\.462, not at a minimum\.$/);
  });

  it('counts the Hessian’s zero eigenvalues beyond the directions no probability depends on as saturation (quasi9, quasi8)', () => {
    const saturation =
      ': saturation means that the only probabilities changing along such a direction are pinned near 0 or 1, so the curvature along it is positive but too small to tell from zero;';
    const quasi9 = raceOn(QUASI9, 2, 'newton');
    quasi9.getState().advance(3000);
    expect(readout(quasi9)).toContain(
      'The Hessian is singular for Newton, damping (6 parameters, 3 zero eigenvalues), along directions no probability depends on; it is also singular for Newton, pseudo-inverse (6 parameters, 4 zero eigenvalues: 3 along directions no probability depends on, 1 from saturation) and Newton, reference class (3 parameters, 1 zero eigenvalue, from saturation)' +
        saturation,
    );
    const quasi8 = raceOn(QUASI8, 2, 'newton');
    quasi8.getState().advance(3000);
    expect(readout(quasi8)).toContain(
      'it is also singular for Newton, pseudo-inverse (6 parameters, 5 zero eigenvalues: 3 along directions no probability depends on, 2 from saturation) and Newton, reference class (3 parameters, 2 zero eigenvalues, from saturation)' + saturation,
    );
  });

  it('on points along one line, counts the extra zero eigenvalues as directions no probability depends on, not saturation', () => {
    const store = raceOn([0, 1, 2, 3, 4, 5].map((x1) => ({ x1, x2: 1, label: x1 % 2 })), 2, 'newton');
    store.getState().advance(20);
    const text = readout(store);
    expect(text).toContain(
      'The Hessian is singular for Newton, pseudo-inverse (6 parameters, 4 zero eigenvalues), Newton, damping (6 parameters, 4 zero eigenvalues) and Newton, reference class (3 parameters, 1 zero eigenvalue), along directions no probability depends on.',
    );
    expect(text).not.toContain('saturation');
  });

  it('with an empty class as the reference class, says what runs away in both parametrisations: the other biases rising relative to it', () => {
    const generated = generatePreset('overlapping', DEFAULT_PRESET_SETTINGS);
    const store = raceOn(generated.points.filter((point) => point.label < 2), 3, 'parametrization');
    expect(store.getState().settings.lanes[1]).toMatchObject({ parametrization: 'reference', referenceClass: 2 });
    store.getState().advance(100);
    const text = readout(store);
    expect(text).toContain(
      'Full and reference class have no target: class 2 has no points and no penalty holds the biases, so J falls for ever as the biases of the classes with points rise together relative to class 2’s: the loss has no minimum.',
    );
    expect(text).not.toContain('its bias can fall');
  });

  it('writes lists and percentages the way people do', () => {
    expect(list([])).toBe('');
    expect(list(['a'])).toBe('a');
    expect(list(['a', 'b', 'c'])).toBe('a, b and c');
    expect(percent(0.5)).toBe('50.0%');
    expect(percent(0.0004)).toBe('0.040%');
  });
});
