import { expect, it } from 'vitest';
import { lesson12 } from '../../lessons/lesson12MaxMargin';
import { maxMarginClassifier } from '../../model/maxMargin';
import { angleBetween } from '../../model/maxMarginAngle';
import { createAppStore } from '../../store/createAppStore';
import { labTrainerConfig } from '../../store/labRunSettings';
import { setUpLesson } from './lessonSetup';

it('lesson 12’s look-for numbers, on the state its Set it up loads: about 13° at step 1, about 5° at step 300, near 6° at step 3,000', () => {
  const store = createAppStore();
  setUpLesson(store, lesson12);
  const start = store.getState();
  const svm = maxMarginClassifier(start.data, labTrainerConfig(start).objective.parametrization);
  if (svm.kind !== 'solved') throw new Error('the lesson’s data must be separable');
  const degreesAt = (step: number) => {
    store.getState().advance(step - store.getState().step);
    expect(store.getState().step).toBe(step);
    return (angleBetween(store.getState().identifiable, svm.direction) * 180) / Math.PI;
  };
  expect(degreesAt(1)).toBeCloseTo(13.46, 1);
  expect(degreesAt(300)).toBeCloseTo(5.38, 1);
  expect(degreesAt(3000)).toBeCloseTo(5.86, 1);
  expect(store.getState().status).not.toBe('diverged');
});
