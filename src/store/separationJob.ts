import type { Dataset } from '../model/dataset';
import type { Separation } from '../model/separability';
import { startJobWorker, type JobWorker } from './jobWorker';

/** One separability test (classifySeparation) to run off the main thread. */
export interface SeparationJob {
  readonly data: Dataset;
}

/** The worker's answer, or the message of what the LP solver threw. */
export type SeparationReply = { readonly answer: Separation } | { readonly error: string };

/** What became of one test: how the points lie, or why the solver could not tell. */
export type SeparationAnswer = { readonly separation: Separation } | { readonly error: string };

/** Tests points as they change; each answer names the points it is for, so a caller can drop a stale one. */
export interface SeparationFinder {
  find(data: Dataset): void;
}

/**
 * classifySeparation in one Web Worker, started at the first test. One test runs at a time; points that change
 * meanwhile (a drag) wait as the one next test, and any older waiting ones are dropped, so a burst of changes
 * costs two tests, not one per change. Where no module worker can start (Node, the unit tests) the LP module is
 * loaded as its own chunk and run on the main thread. No points need no test: that answer comes at once.
 */
export function createSeparationFinder(onAnswer: (data: Dataset, answer: SeparationAnswer) => void): SeparationFinder {
  let worker: JobWorker<SeparationJob> | null = null;
  let workerFailed = false;
  let running: Dataset | null = null;
  let next: Dataset | null = null;

  const finish = (answer: SeparationAnswer) => {
    const data = running;
    running = null;
    if (data !== null) onAnswer(data, answer);
    if (next !== null) {
      const waiting = next;
      next = null;
      run(waiting);
    }
  };
  const runHere = (data: Dataset) =>
    void import('../model/separability')
      .then(({ classifySeparation }) => classifySeparation(data))
      .then(
        (separation) => finish({ separation }),
        (error: unknown) => finish({ error: error instanceof Error ? error.message : String(error) }),
      );
  const run = (data: Dataset) => {
    running = data;
    if (worker === null && !workerFailed) {
      worker = startJobWorker<SeparationJob, SeparationReply>(
        () => new Worker(new URL('./separationWorker.ts', import.meta.url), { type: 'module' }),
        (reply) => finish('answer' in reply ? { separation: reply.answer } : reply),
        () => {
          // The worker failed to load or crashed: this test and every later one run here.
          worker = null;
          workerFailed = true;
          if (running !== null) runHere(running);
        },
      );
      workerFailed = worker === null;
    }
    if (worker === null) runHere(data);
    else worker.post({ data });
  };

  return {
    find(data) {
      if (data.labels.length === 0) return onAnswer(data, { separation: 'noPoints' });
      if (running === null) run(data);
      else next = data;
    },
  };
}
