import { describe, expect, it } from 'vitest';
import { toDataset } from '../model/dataset';
import { identifiableCurvature } from '../model/identifiableCurvature';
import { DEFAULT_INIT } from '../model/initialization';
import { DEFAULT_OPTIMIZER_SETTINGS } from '../model/optimizers';
import { createTrainer } from '../model/trainer';
import { createRaceStore } from '../store/race/createRaceStore';
import { initialSettings } from '../store/initialSettings';
import { lessonSettings } from '../views/lessons/lessonSetup';
import { lesson11 } from './lesson11OverParameterisation';

/** The race lesson 11 sends a student to: its own set-up's points and start, the default (parametrisation) race. */
function lessonRace() {
  const { settings } = lessonSettings(lesson11, initialSettings().settings);
  const store = createRaceStore({ lab: { points: settings.points, classes: settings.classes, init: settings.init } });
  // Past the full lane's convergence (‖∇J‖∞ ≤ 1e−9, near step 10,900) and the slowest target (6,819 steps).
  for (let block = 0; block < 24; block++) store.getState().advance(500);
  return { store, data: toDataset(settings.points, settings.classes) };
}

describe('lesson 11: the race on its own set-up', () => {
  const { store, data } = lessonRace();
  const { lanes, settings } = store.getState();
  const text = lesson11.paragraphs.join(' ');

  it('races the full model, a reference class and the full model with L2, at η = 0.5 from θ = 0 on 200 points, K = 3', () => {
    expect(settings.lanes.map((lane) => lane.label)).toEqual(['full', 'reference class', 'full + L2']);
    expect(settings.lanes.map((lane) => [lane.optimizer.kind, lane.optimizer.learningRate])).toEqual([['gd', 0.5], ['gd', 0.5], ['gd', 0.5]]);
    expect(data.labels.length).toBe(200);
    expect(data.classes).toBe(3);
  });

  it('the full model reaches the target first: 2,817 steps against 6,819, the counts the lesson quotes', () => {
    expect(lanes[0].stepsToReach).toBe(2817);
    expect(lanes[1].stepsToReach).toBe(6819);
    expect(text).toContain('2,817 steps to the target loss for the full model and 6,819 for the reference class');
  });

  it('κ and h_min at the minimiser are the lesson’s, and the lanes show them as they get there', () => {
    // The minimiser by Newton (λ = 0: one classifier for both parametrisations, teaching-math §5).
    const newton = createTrainer(data, {
      objective: { parametrization: { kind: 'reference', referenceClass: 2 }, l2: 0, penalizeBias: true },
      optimizer: { ...DEFAULT_OPTIMIZER_SETTINGS, kind: 'newton' },
      init: DEFAULT_INIT,
      tolerance: 1e-13,
    });
    while (!newton.advance().converged) expect(newton.steps).toBeLessThan(50);
    const minimiser = newton.identifiable();
    const [full, reference] = lanes.slice(0, 2).map((_, i) => {
      const { parametrization, referenceClass, l2, penalizeBias } = settings.lanes[i];
      return identifiableCurvature(data, { parametrization: { kind: parametrization, referenceClass }, l2, penalizeBias }, minimiser);
    });
    expect(full.condition).toBeCloseTo(19.80, 2);
    expect(reference.condition).toBeCloseTo(23.99, 2);
    expect(full.smallest).toBeCloseTo(0.002676, 6);
    expect(reference.smallest).toBeCloseTo(0.0011247, 6);
    // The full lane has converged (‖∇J‖∞ ≤ 1e−9): its κ is the minimiser's. The reference lane, still creeping, is close.
    expect(lanes[0].status).toBe('converged');
    expect(lanes[0].hessian.identifiable.condition).toBeCloseTo(full.condition, 4);
    expect(Math.abs(lanes[1].hessian.identifiable.condition - reference.condition)).toBeLessThan(0.2);
    expect(text).toContain('$\\kappa$ is 19.8 for the full model and 24.0 for the reference class');
    expect(text).toContain('$h_{\\min}$ = 0.00268 against 0.00112');
    // 1 − η·h_min per step: the predicted ratio of step counts, "about 2.4", against the race's 6,819 / 2,817 = 2.42.
    const predicted = Math.log(1 - 0.5 * full.smallest) / Math.log(1 - 0.5 * reference.smallest);
    expect(predicted).toBeCloseTo(2.4, 1);
    expect(6819 / 2817).toBeCloseTo(2.42, 2);
  });
});
