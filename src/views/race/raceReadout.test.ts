import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_SETTINGS, generatePreset } from '../../model/datasets/presets';
import { DEFAULT_INIT } from '../../model/initialization';
import { createRaceStore, type RaceStore } from '../../store/race/createRaceStore';
import type { RacePresetId } from '../../store/race/raceSettings';
import { formatTolerance, list, raceReadout } from './raceReadout';

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

  it('reports steps to reach, agreement and the singular Hessian of the full model', () => {
    const store = race('parametrization');
    store.getState().advance(3000);
    store.getState().stepOnce();
    const text = readout(store);
    expect(text).toMatch(/^After 3001 race steps, full, reference class and full \+ L2 came within 1e−6 of the best loss in \d+, \d+ and \d+ steps respectively/);
    expect(text).toContain('(a lane with L2 is measured against the best loss of its own objective)');
    expect(text).toMatch(/So with GD η = 0\.5, over-parameterisation cost 3 parameters (but no steps: full needed \d+ fewer|and \d+ steps)\./);
    expect(text).toMatch(/Compared with full, the predicted classes differ for reference class on [^(]+ \(no point\)/);
    expect(text).toContain('The Hessian is singular for full (9 parameters, 3 zero eigenvalues)');
    expect(text).toMatch(/Full \+ L2 converged at step \d+\.$/);
    expect(text).toMatch(/its condition number is [\d.]+ for reference class \(6 parameters\) and [\d.]+ for full \+ L2 \(9 parameters\)/);
    expect(text).not.toContain('separable');
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
    expect(readout(store)).toMatch(/Newton, pseudo-inverse converged at step \d+, Newton, damping converged at step \d+ and Newton, reference class converged at step \d+\.$/);
  });

  it('on separable data, says that Newton without L2 stopped short of a minimum that does not exist', () => {
    const store = race('newton', 'blobs');
    store.getState().advance(60);
    expect(readout(store)).toMatch(
      /‖θ‖ is still growing in Newton, damping \([\d.]+ → [\d.]+\)\. Newton, pseudo-inverse and Newton, reference class stopped only because ‖∇J‖∞ fell below 1e−9, at ‖θ‖ = [\d.]+ and [\d.]+, not at a minimum\./,
    );
  });

  it('writes lists and tolerances the way people do', () => {
    expect(list([])).toBe('');
    expect(list(['a'])).toBe('a');
    expect(list(['a', 'b', 'c'])).toBe('a, b and c');
    expect(formatTolerance(1e-6)).toBe('1e−6');
    expect(formatTolerance(0.01)).toBe('0.01');
  });
});
