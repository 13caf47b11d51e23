import { describe, expect, it } from 'vitest';
import { lesson13 } from '../../lessons/lesson13StableStep';
import { lesson14 } from '../../lessons/lesson14SlowMotionStep';
import { stepAnatomy } from '../../model/stepAnatomy';
import { createAppStore } from '../../store/createAppStore';
import { labTrainerConfig } from '../../store/labRunSettings';
import { stableLearningRateOf } from '../controls/useStableLearningRate';
import { performLessonAction, setUpLesson } from './lessonSetup';
import { messageText } from '../../store/testing/messageText';
import { minimiserStepFound } from '../../store/testing/minimiserStepFound';

describe('lesson 13: the stable step size', () => {
  it('its numbers hold: 2/hₘₐₓ ≈ 1.363 at the start, 1.5137 at the minimiser; η = 3 zig-zags, η = 1.45 converges', async () => {
    expect(lesson13.paragraphs.join(' ')).toMatch(/the limit at the minimiser is 1\.514\..*\(1\.363 at the start\)/);
    const store = createAppStore();
    setUpLesson(store, lesson13);
    expect(stableLearningRateOf(store.getState())).toBeCloseTo(1.3629, 4);
    // The card's first button plays at η = 3 as set up (the first half of the demonstration), and pauses when pressed again.
    const [play, lower] = lesson13.actions;
    expect(play).toEqual({ kind: 'play' });
    performLessonAction(store, play);
    expect(store.getState()).toMatchObject({ playing: true, optimizer: { learningRate: 3 } });
    performLessonAction(store, play);
    expect(store.getState().playing).toBe(false);
    store.getState().advance(300);
    // At η = 3 GD never reaches the minimum: a 2-cycle, J alternating above J* = 0.77017, and the message names the limit.
    expect(store.getState().status).not.toBe('converged');
    await minimiserStepFound(store);
    expect(messageText(store.getState().message)).toMatch(/the steps overshoot\. GD converges to the minimiser θ\* only for η below 2\/hₘₐₓ\(H\(θ\*\)\) = 1\.5137\. η = 3 is above it: .*a 2-cycle/);
    const losses = store.getState().history.samples.slice(-4).map((s) => s.loss);
    expect(losses[0]).toBeCloseTo(losses[2], 6);
    expect(Math.abs(losses[0] - losses[1])).toBeGreaterThan(0.05);
    expect(store.getState().view.curvesLogScale).toBe(false);
    performLessonAction(store, lower);
    expect(store.getState().optimizer.learningRate).toBe(1.45);
    store.getState().advance(2000);
    expect(store.getState().status).toBe('converged');
    expect(stableLearningRateOf(store.getState())).toBeCloseTo(1.5137, 4);
  });

  it('from its start, η = 1.45 (above the local limit there) converges and η = 1.53 (below it at every step) does not', () => {
    for (const [learningRate, converges] of [[1.45, true], [1.53, false]] as const) {
      const store = createAppStore();
      setUpLesson(store, lesson13);
      store.getState().setOptimizer({ learningRate });
      store.getState().advance(3000);
      expect(store.getState().status === 'converged').toBe(converges);
    }
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
