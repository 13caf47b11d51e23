import { describe, expect, it } from 'vitest';
import { lesson13 } from '../../lessons/lesson13StableStep';
import { lesson14 } from '../../lessons/lesson14SlowMotionStep';
import { stepAnatomy } from '../../model/stepAnatomy';
import { createAppStore } from '../../store/createAppStore';
import { labTrainerConfig } from '../../store/labRunSettings';
import { stableLearningRateOf } from '../controls/useStableLearningRate';
import { performLessonAction, setUpLesson } from './lessonSetup';

describe('lesson 13: the stable step size', () => {
  it('its numbers hold: 2/λmax ≈ 1.36 at the start, ≈ 1.51 at the minimum, and η = 2.5 is above both', () => {
    const store = createAppStore();
    setUpLesson(store, lesson13);
    expect(stableLearningRateOf(store.getState())).toBeCloseTo(1.3629, 4);
    store.getState().advance(300);
    // At η = 2.5 GD never reaches the minimum: J stays above its lowest value and the message names the limit.
    expect(store.getState().status).not.toBe('converged');
    expect(store.getState().message).toMatch(/the steps overshoot\. Near θ, GD is stable for η < 2\/λmax\(H\) = 1\.\d+; η is 2\.5\./);
    performLessonAction(store, lesson13.action!);
    expect(store.getState().optimizer.learningRate).toBe(1.2);
    store.getState().advance(1000);
    expect(store.getState().status).toBe('converged');
    expect(stableLearningRateOf(store.getState())).toBeCloseTo(1.5137, 4);
  });
});

describe('lesson 14: one step in slow motion', () => {
  it('starts with m away from 0, and its step (what the panel shows) leaves m unchanged and is the step the lab takes', () => {
    const store = createAppStore();
    setUpLesson(store, lesson14);
    const state = store.getState();
    expect(Math.hypot(...state.summary.redundant)).toBeGreaterThan(0.5);
    const anatomy = stepAnatomy({
      data: state.data,
      parts: { identifiable: state.identifiable, redundant: state.summary.redundant },
      spec: labTrainerConfig(state).objective,
      learningRate: state.optimizer.learningRate,
      point: 0,
    });
    for (const sum of anatomy.dataClassSum) expect(Math.abs(sum)).toBeLessThan(1e-15);
    store.getState().stepOnce();
    expect(store.getState().step).toBe(1);
    store.getState().theta.forEach((value, j) => expect(value).toBeCloseTo(anatomy.thetaAfter[j], 12));
    store.getState().summary.redundant.forEach((value, i) => expect(value).toBeCloseTo(state.summary.redundant[i], 14));
  });
});
