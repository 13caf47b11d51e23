import { progressiveSlice, type SliceGrid } from '../../model/lossSlice';
import { createObjective } from '../../model/objective';
import { startJobWorker, type JobWorker } from '../../store/jobWorker';
import type { SliceJob, SliceResult } from './sliceJob';

/** Runs one slice job at a time; a newer request replaces the one waiting, so only the latest θ is computed. */
export interface SliceRunner {
  request(job: SliceJob): void;
  dispose(): void;
}

/** While training plays, slices start at most this often (each is ~0.3 s of work at N = 1000, K = 8). */
const MIN_START_INTERVAL_MS = 250;
/** Main-thread fallback: work per animation frame, so the page keeps responding. */
const FRAME_BUDGET_MS = 8;

/**
 * Computes in a Web Worker; where module workers are unavailable (or the worker fails to load), it falls back
 * to the main thread in slices of FRAME_BUDGET_MS per frame.
 */
export function createSliceRunner(onResult: (result: SliceResult) => void): SliceRunner {
  let running: SliceJob | null = null;
  let waiting: SliceJob | null = null;
  let lastStart = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let frame: number | null = null;

  const finish = () => {
    running = null;
    startWaiting();
  };

  const runInFrames = (job: SliceJob) => {
    let steps: Generator<SliceGrid | null, void>;
    try {
      steps = progressiveSlice(createObjective(job.data, job.spec), job.plane, job.extent, job.resolutions);
    } catch (error) {
      onResult({ id: job.id, error: (error as Error).message });
      return finish();
    }
    const finest = job.resolutions[job.resolutions.length - 1];
    const tick = () => {
      const deadline = performance.now() + FRAME_BUDGET_MS;
      while (performance.now() < deadline) {
        const next = steps.next();
        if (next.done) {
          frame = null;
          return finish();
        }
        if (next.value !== null) onResult({ id: job.id, grid: next.value, final: next.value.resolution === finest });
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
  };

  const start = (job: SliceJob) => {
    running = job;
    lastStart = performance.now();
    if (worker !== null) worker.post(job);
    else runInFrames(job);
  };

  function startWaiting() {
    if (running !== null || waiting === null || timer !== null) return;
    const wait = lastStart + MIN_START_INTERVAL_MS - performance.now();
    const begin = () => {
      timer = null;
      if (running !== null || waiting === null) return;
      const job = waiting;
      waiting = null;
      start(job);
    };
    if (wait > 0) timer = setTimeout(begin, wait);
    else begin();
  }

  let worker: JobWorker<SliceJob> | null = startJobWorker<SliceJob, SliceResult>(
    () => new Worker(new URL('./sliceWorker.ts', import.meta.url), { type: 'module' }),
    (result) => {
      onResult(result);
      if ('error' in result || result.final) finish();
    },
    () => {
      worker = null;
      if (running !== null) runInFrames(running);
    },
  );

  return {
    request(job) {
      waiting = job;
      startWaiting();
    },
    dispose() {
      worker?.terminate();
      worker = null;
      if (timer !== null) clearTimeout(timer);
      if (frame !== null) cancelAnimationFrame(frame);
      running = null;
      waiting = null;
    },
  };
}
