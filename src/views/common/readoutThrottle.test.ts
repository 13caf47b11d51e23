import { expect, it } from 'vitest';
// oxlint-disable-next-line no-restricted-imports -- a bare store with only `playing` drives watchReadout, no lab needed
import { createStore } from 'zustand/vanilla';
import type { FrameThrottle } from './frameThrottle';
import { HEAVY_INTERVAL_MS, heavyWorkInterval, watchReadout } from './readoutThrottle';

/** A throttle that runs its task only when the test says a throttle interval has passed. */
function manualThrottle() {
  let pending = false;
  let task = () => {};
  return {
    make: (run: () => void): FrameThrottle => {
      task = run;
      return { schedule: () => void (pending = true), cancel: () => void (pending = false) };
    },
    elapse: () => {
      if (pending) task();
      pending = false;
    },
  };
}

it('publishes every change while stopped, and while playing only when the interval has passed', () => {
  const store = createStore(() => ({ playing: false, step: 0 }));
  const clock = manualThrottle();
  const seen: number[] = [];
  watchReadout(store, (s) => s.step, (step) => seen.push(step), clock.make);
  store.setState({ step: 1 });
  expect(seen).toEqual([1]);
  store.setState({ playing: true });
  for (let step = 2; step <= 6; step++) store.setState({ step });
  expect(seen).toEqual([1]);
  clock.elapse();
  expect(seen).toEqual([1, 6]);
  store.setState({ step: 7 });
  // Stopping publishes the final value at once and drops the pending update.
  store.setState({ step: 8, playing: false });
  expect(seen).toEqual([1, 6, 8]);
  clock.elapse();
  expect(seen).toEqual([1, 6, 8]);
});

it('stops publishing once unsubscribed', () => {
  const store = createStore(() => ({ playing: false, step: 0 }));
  const seen: number[] = [];
  const stop = watchReadout(store, (s) => s.step, (step) => seen.push(step), manualThrottle().make);
  stop();
  store.setState({ step: 3 });
  expect(seen).toEqual([]);
});

it('heavy work waits HEAVY_INTERVAL_MS between runs while the store plays, the idle interval otherwise', () => {
  const store = createStore(() => ({ playing: false }));
  const interval = heavyWorkInterval(store, 100);
  expect(interval()).toBe(100);
  store.setState({ playing: true });
  expect(interval()).toBe(HEAVY_INTERVAL_MS);
  expect(HEAVY_INTERVAL_MS).toBe(500);
});
