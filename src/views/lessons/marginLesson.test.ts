import { expect, it } from 'vitest';
import { lesson12 } from '../../lessons/lesson12MaxMargin';
import { symmetricEigen } from '../../model/eigen';
import { maxMarginClassifier } from '../../model/maxMargin';
import { angleBetween } from '../../model/maxMarginAngle';
import { createAppStore } from '../../store/createAppStore';
import { labTrainerConfig } from '../../store/labRunSettings';
import { curvatureAtTheta } from '../hessianSpectrum/spectrum';
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

it('lesson 12’s η = 1 is above the guaranteed step 2/L ≈ 0.84, yet J falls at every step and 2/hₘₐₓ stays above 1.25', () => {
  const store = createAppStore();
  setUpLesson(store, lesson12);
  const { data } = store.getState();
  // L = ½ λmax(X̃ᵀX̃/N) bounds the data term's curvature (each point's softmax block is at most ½).
  const n = data.labels.length;
  const moments = new Float64Array(9);
  for (let i = 0; i < n; i++) {
    const x = [1, data.x1[i], data.x2[i]];
    for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) moments[3 * a + b] += (x[a] * x[b]) / n;
  }
  const L = symmetricEigen(moments, 3).values[2] / 2;
  expect(2 / L).toBeCloseTo(0.836, 3);
  expect(store.getState().optimizer.learningRate).toBe(1);
  let loss = Infinity;
  let smallestStableStep = Infinity;
  for (let step = 0; step < 3000; step++) {
    const state = store.getState();
    const { values } = curvatureAtTheta(state).eigen;
    smallestStableStep = Math.min(smallestStableStep, 2 / values[values.length - 1]);
    expect(state.current.loss).toBeLessThan(loss);
    loss = state.current.loss;
    store.getState().stepOnce();
  }
  expect(smallestStableStep).toBeGreaterThan(1.25);
  expect(smallestStableStep).toBeCloseTo(1.2545, 3);
});
