import { describe, expect, test } from 'vitest';
import { lessonByNumber, lessons } from '../../lessons';
import type { Lesson } from '../../lessons/lesson';
import { EXP_OVERFLOW, logitsAt } from '../../model/softmaxSteps';
import { createAppStore } from '../../store/createAppStore';
import { settingsOf } from '../../store/settings';
import { separationFound } from '../../store/testing/separationFound';
import { validateSettings } from '../../store/validation';
import { lessonSettings, performLessonAction, setUpLesson } from './lessonSetup';

const lesson = (number: number): Lesson => lessonByNumber(number)!;

/** A store somewhere else than any lesson: another data set, Adam, L2, shifted, stepped, in presentation mode. */
function elsewhere() {
  const store = createAppStore({ init: { kind: 'zeros', seed: 1, scale: 0.5, offset: [3, 0, 0] } });
  store.getState().setOptimizer({ kind: 'adam' });
  store.getState().setModel({ l2: 0.3 });
  store.getState().setView({ presentation: true });
  store.getState().advance(4);
  return store;
}

describe('a lesson’s “Set it up”', () => {
  test.each(lessons.map((entry) => [entry.number, entry] as const))('lesson %i: every setup field is usable and the settings fit together', (number, entry) => {
    const { settings, notices } = lessonSettings(entry, settingsOf(createAppStore().getState()));
    expect(notices).toEqual([]);
    expect(validateSettings(settings)).toBeNull();
    expect(settings.lesson).toBe(number);
  });

  test('loads the same state whatever came before, keeps presentation mode, opens the lesson and starts at step 0', () => {
    const fresh = createAppStore();
    setUpLesson(fresh, lesson(4));
    const store = elsewhere();
    setUpLesson(store, lesson(4));
    const state = store.getState();
    expect(state.message).toBeNull();
    expect(state.step).toBe(0);
    expect(state.lesson).toBe(4);
    expect(state.view.presentation).toBe(true);
    expect({ ...settingsOf(state), view: fresh.getState().view }).toEqual(settingsOf(fresh.getState()));
    expect(Array.from(state.theta)).toEqual(Array.from(fresh.getState().theta));
  });

  test('lesson 3: shifting all classes changes m but not θ − m', () => {
    const store = createAppStore();
    setUpLesson(store, lesson(3));
    store.getState().advance(3);
    const before = store.getState();
    performLessonAction(store, lesson(3).actions[0]);
    expect(store.getState().summary.redundant).toEqual(before.summary.redundant.map((value) => value + 1));
    expect(store.getState().identifiable).toEqual(before.identifiable);
  });

  test('lesson 4: its first button plays gradient descent, which keeps m = 0; its second switches to Adam, which moves it', () => {
    const store = createAppStore();
    setUpLesson(store, lesson(4));
    const [play, adam] = lesson(4).actions;
    performLessonAction(store, play);
    expect(store.getState()).toMatchObject({ playing: true, optimizer: { kind: 'gd' } });
    store.getState().advance(10);
    // Exactly 0 in exact arithmetic; the residuals sum to zero to rounding in float64.
    expect(store.getState().summary.redundantNorm).toBeLessThan(1e-12);
    performLessonAction(store, adam);
    expect(store.getState().optimizer.kind).toBe('adam');
    expect(store.getState().playing).toBe(true);
    store.getState().advance(10);
    expect(store.getState().summary.redundantNorm).toBeGreaterThan(1e-3);
  });

  test('lesson 7: two classes, class 0 the reference', () => {
    const store = createAppStore();
    setUpLesson(store, lesson(7));
    expect(store.getState().classes).toBe(2);
    expect(store.getState().model).toMatchObject({ parametrization: 'reference', referenceClass: 0 });
  });

  test('lesson 8: separable points', async () => {
    const store = createAppStore();
    setUpLesson(store, lesson(8));
    expect((await separationFound(store)).separation).toBe('completelySeparable');
  });

  test('lesson 9: each gradient step multiplies m, which starts shifted, by 1 − ηλ = 0.975', () => {
    const store = createAppStore();
    setUpLesson(store, lesson(9));
    expect(store.getState().summary.redundant).toEqual([2, 1, -1]);
    store.getState().advance(10);
    const factor = 0.975 ** 10;
    store.getState().summary.redundant.forEach((value, i) => expect(value).toBeCloseTo([2, 1, -1][i] * factor, 12));
  });

  test('lesson 10: the naive softmax shown, and every point’s largest starting logit past the overflow of exp', () => {
    const store = createAppStore();
    setUpLesson(store, lesson(10));
    const state = store.getState();
    expect(state.view.naiveSoftmax).toBe(true);
    expect(state.points).toHaveLength(12);
    for (const point of state.points) expect(Math.max(...logitsAt(state.identifiable, state.classes, point.x1, point.x2))).toBeGreaterThan(EXP_OVERFLOW);
  });

  test('lesson 10: the lab trains as its “Look for” says (J from about 1136, falling at every step, below 0.01 with 100% by step 100), while the first point still overflows exp', () => {
    expect(lesson(10).lookFor).toContain('J falls at every step from about 1136, and by step 100 it is below 0.01, with accuracy 100% (33.3% at the start)');
    const store = createAppStore();
    setUpLesson(store, lesson(10));
    expect(store.getState().current.loss).toBeCloseTo(1135.8234, 4);
    expect(store.getState().current.accuracy).toBeCloseTo(1 / 3, 12);
    const firstLogitsPastOverflow = () => {
      const { identifiable, classes, points } = store.getState();
      return Math.max(...logitsAt(identifiable, classes, points[0].x1, points[0].x2)) > EXP_OVERFLOW;
    };
    const losses = [store.getState().current.loss];
    const accuracies = [store.getState().current.accuracy];
    const overflowing: boolean[] = [];
    for (let step = 1; step <= 300; step++) {
      store.getState().advance(1);
      losses.push(store.getState().current.loss);
      accuracies.push(store.getState().current.accuracy);
      overflowing.push(firstLogitsPastOverflow());
    }
    expect([losses[100], accuracies[100]]).toEqual([expect.closeTo(0.002, 3), 1]);
    expect(losses.every(Number.isFinite)).toBe(true);
    expect(losses.findIndex((loss, step) => step > 0 && !(loss < losses[step - 1]))).toBe(-1);
    expect(overflowing.every(Boolean)).toBe(true);
  });

  test('lesson 11: stays in the lab, where its scene shows the race summary beside the card', () => {
    const store = createAppStore();
    setUpLesson(store, lesson(11));
    expect(store.getState().page).toBe('lab');
    expect(lesson(11).scene.panels[0]).toBe('race');
  });
});
