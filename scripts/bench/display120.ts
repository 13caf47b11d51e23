/**
 * A 120 Hz display for headless Chromium, which has none: its requestAnimationFrame runs on a virtual 60 Hz clock.
 * Tried on Chromium 156 here (rAF rate of an idle page): `--disable-gpu-vsync`, `--disable-frame-rate-limit`,
 * `--force-max-frame-rate=120` (with VariableRefreshRateOverride), `--vsync-interval-us=8333` and
 * `--enable-begin-frame-control` each alone leave it at 60 Hz; `--disable-frame-rate-limit`, `--disable-gpu-vsync`
 * and `--run-all-compositor-stages-before-draw` together unthrottle it (frames back to back, ~1.7 ms apart when
 * idle), with no flag for a given rate. So the bench unthrottles Chromium and puts a 120 Hz clock in the page:
 * requestAnimationFrame callbacks wait for the next 8.33 ms tick and get that tick's time, as on a real 120 Hz
 * display, where rAF timestamps fall on the display's ticks and a frame that overruns waits for the next tick.
 */
export const UNTHROTTLED_ARGS = ['--disable-frame-rate-limit', '--disable-gpu-vsync', '--run-all-compositor-stages-before-draw'];

/** Installed before any page script (and before the probes, so that they count the 120 Hz frames). A string: see playPhase.ts. */
export const display120Hz = `
  (() => {
    const tick = 1000 / 120;
    const nativeRequest = window.requestAnimationFrame.bind(window);
    let queue = new Map();
    let nextId = 1;
    let pumping = false;
    let lastTick = -Infinity;
    const pump = (now) => {
      if (queue.size === 0) {
        pumping = false;
        return;
      }
      const current = Math.floor(now / tick) * tick;
      if (current <= lastTick) {
        nativeRequest(pump);
        return;
      }
      lastTick = current;
      const callbacks = queue;
      queue = new Map();
      for (const callback of callbacks.values()) callback(current);
      nativeRequest(pump);
    };
    window.requestAnimationFrame = (callback) => {
      const id = nextId++;
      queue.set(id, callback);
      if (!pumping) {
        pumping = true;
        nativeRequest(pump);
      }
      return id;
    };
    window.cancelAnimationFrame = (id) => void queue.delete(id);
  })();
`;
