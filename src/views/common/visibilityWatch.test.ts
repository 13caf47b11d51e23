import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchVisibility } from './visibilityWatch';

type Report = (entries: { isIntersecting: boolean }[]) => void;

describe('watchVisibility', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('counts an element as visible when it cannot watch it, so no view ever skips work by mistake', () => {
    expect(watchVisibility(null, () => {}).isVisible()).toBe(true);
  });

  it('follows the observer and calls back only when the element comes (back) into view', () => {
    let report: Report = () => {};
    const disconnect = vi.fn<() => void>();
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: Report) {
          report = callback;
        }
        observe() {}
        disconnect = disconnect;
      },
    );
    const shown = vi.fn<() => void>();
    const watch = watchVisibility({} as Element, shown);
    expect(watch.isVisible()).toBe(true);
    report([{ isIntersecting: false }]);
    expect(watch.isVisible()).toBe(false);
    expect(shown).not.toHaveBeenCalled();
    report([{ isIntersecting: true }]);
    expect(watch.isVisible()).toBe(true);
    expect(shown).toHaveBeenCalledTimes(1);
    report([{ isIntersecting: true }]);
    expect(shown).toHaveBeenCalledTimes(1);
    watch.stop();
    expect(disconnect).toHaveBeenCalled();
  });
});
