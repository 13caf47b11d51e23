import type { CDPSession, Page } from '@playwright/test';
import { cpuUsed, type ThreadCpu } from './threadCpu';

/**
 * Installed before any page script: records long tasks and rAF timestamps while `__recording` is set. A string,
 * not a function: tsx would wrap a function's inner closures in a helper that does not exist in the page.
 */
export const probes = `
  window.__longTasks = [];
  window.__frames = [];
  window.__recording = false;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__recording && window.__longTasks.push(e.duration)))
    .observe({ type: 'longtask', buffered: true });
  const tick = (t) => {
    if (window.__recording) window.__frames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;

/** Playing before recording starts: the first frames pay for JIT warm-up, lazy panels and the first raster. */
export const WARM_UP_MS = 1000;

export interface PlayFigures {
  readonly framesPerSecond: number;
  readonly worstFrameMs: number;
  readonly longTasks: number;
  readonly longestTaskMs: number;
  /** Main-thread task time per frame (CDP TaskDuration): robust to a loaded machine, unlike fps. */
  readonly mainThreadMsPerFrame: number;
  /** Of which JavaScript (CDP ScriptDuration). */
  readonly scriptMsPerFrame: number;
  readonly stepsPerSecond: number;
  /** CPU time of the renderer's main thread per frame (/proc): what the frames cost, however loaded the machine. */
  readonly mainThreadCpuMsPerFrame: number;
  /** Steps per second of main-thread CPU: the throughput a main thread with a core of its own would reach. */
  readonly stepsPerMainThreadCpuSecond: number;
  /** CPU of the whole renderer (main thread, compositor, the raster worker), in cores. */
  readonly rendererCpuCores: number;
}

type Probed = Window & { __longTasks: number[]; __frames: number[]; __recording: boolean };

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** The Training panel's step counter ("Step 1234"), as a number. */
async function stepCount(page: Page): Promise<number> {
  const text = await page.getByRole('region', { name: 'Training', exact: true }).getByText(/^Step [\d,\s]+$/).textContent();
  return Number((text ?? '').replace(/\D/g, ''));
}

/** Plays, warms up, then records `seconds` of frames, long tasks, main-thread time and steps; pauses again. */
export async function measurePlaying(page: Page, cdp: CDPSession, seconds: number, threadCpu: () => ThreadCpu): Promise<PlayFigures> {
  const training = page.getByRole('region', { name: 'Training', exact: true });
  await training.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(WARM_UP_MS);
  const stepsBefore = await stepCount(page);
  const before = await metrics(cdp);
  const cpuBefore = threadCpu();
  await page.evaluate(() => {
    const w = window as unknown as Probed;
    w.__longTasks = [];
    w.__frames = [];
    w.__recording = true;
  });
  await page.waitForTimeout(seconds * 1000);
  const recorded = await page.evaluate(() => {
    const w = window as unknown as Probed;
    w.__recording = false;
    return { longTasks: w.__longTasks, frames: w.__frames };
  });
  const after = await metrics(cdp);
  const cpu = cpuUsed(cpuBefore, threadCpu());
  const stepsAfter = await stepCount(page);
  // A run that stopped (converged, stalled) while recording measured idle frames, not training: say so.
  const pause = training.getByRole('button', { name: 'Pause' });
  if (!(await pause.isVisible())) throw new Error(`the run stopped while being measured: ${await training.innerText()}`);
  await pause.click();
  const { frames, longTasks } = recorded;
  const span = (frames.at(-1)! - frames[0]) / 1000;
  const gaps = frames.slice(1).map((t, i) => t - frames[i]);
  const perFrame = (name: string) => ((after[name] - before[name]) * 1000) / Math.max(1, frames.length);
  return {
    framesPerSecond: (frames.length - 1) / span,
    worstFrameMs: Math.max(...gaps),
    longTasks: longTasks.length,
    longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
    mainThreadMsPerFrame: perFrame('TaskDuration'),
    scriptMsPerFrame: perFrame('ScriptDuration'),
    stepsPerSecond: (stepsAfter - stepsBefore) / ((after.Timestamp - before.Timestamp) || seconds),
    mainThreadCpuMsPerFrame: cpu.mainThreadMs / Math.max(1, frames.length),
    stepsPerMainThreadCpuSecond: cpu.mainThreadMs > 0 ? (stepsAfter - stepsBefore) / (cpu.mainThreadMs / 1000) : Number.NaN,
    rendererCpuCores: cpu.rendererMs / ((after.Timestamp - before.Timestamp) * 1000 || seconds * 1000),
  };
}
