import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';

describe('a lab’s view state and caches belong to its store', () => {
  it('two labs on one page share nothing: a point probed, the Probe tool or the SVM overlay in one is absent in the other', () => {
    const first = createAppStore();
    const second = createAppStore();
    first.views.getState().setProbedPoint({ x1: 1.5, x2: -2 });
    first.views.getState().setProbeTool(true);
    first.views.getState().showSvmOverlay(true);
    expect(first.views.getState()).toMatchObject({ probedPoint: { x1: 1.5, x2: -2 }, probeTool: true, svmOverlay: true });
    expect(second.views.getState()).toMatchObject({ probedPoint: null, probeTool: false, svmOverlay: false });
    expect(second.caches).not.toBe(first.caches);
    expect(second.caches.maxMarginSettled).not.toBe(first.caches.maxMarginSettled);
  });

  it('view state stays out of the lab’s own state: probing wakes no lab subscriber', () => {
    const store = createAppStore();
    let changes = 0;
    store.subscribe(() => changes++);
    store.views.getState().setProbedPoint({ x1: 0, x2: 0 });
    store.views.getState().setProbeTool(true);
    expect(changes).toBe(0);
    expect('probedPoint' in store.getState()).toBe(false);
  });
});
