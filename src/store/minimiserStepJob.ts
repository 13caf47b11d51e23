import type { Dataset } from '../model/dataset';
import type { MinimiserStableStep } from '../model/minimiserStableStep';
import type { ObjectiveSpec } from '../model/objective';
import type { Separation } from '../model/separability';
import { startJobWorker, type JobWorker } from './jobWorker';

/** One minimiser's step limit to find off the main thread: Newton from `start` (the free parameters at the current θ). */
export interface MinimiserStepJob {
  readonly data: Dataset;
  readonly spec: ObjectiveSpec;
  /** Null while it is being found: then only an objective with L2 (whose minimiser exists whatever it is) is asked for. */
  readonly separation: Separation | null;
  readonly start: Float64Array;
}

/** The worker's answer, or the message of what it threw. */
export type MinimiserStepReply = { readonly answer: MinimiserStableStep } | { readonly error: string };

/** A search that takes longer has met data Newton cannot handle: it is stopped, and nothing is claimed. */
const SOLVE_LIMIT_MS = 10_000;
const NOT_FOUND: MinimiserStableStep = { kind: 'notFound' };

/** Finds step limits one at a time; a new job replaces one still running, whose answer is then never given. */
export interface MinimiserStepFinder {
  find(job: MinimiserStepJob): void;
  /** Ends the search still running, if any (its answer would no longer apply): its worker stops computing. */
  cancel(): void;
}

/**
 * minimiserStableStep in a Web Worker of its own per job (Newton costs a few Hessians, tens of ms at N = 10,000,
 * K = 8; a job is rare: once per points and objective), ended once it has answered. Where no module worker can
 * start (Node, the unit tests) or the worker fails, the model is loaded as its own chunk and run on the main thread.
 * A search that throws, or outlasts SOLVE_LIMIT_MS, answers notFound: nothing is claimed.
 */
export function createMinimiserStepFinder(onAnswer: (job: MinimiserStepJob, answer: MinimiserStableStep) => void): MinimiserStepFinder {
  let running: { readonly job: MinimiserStepJob; readonly worker: JobWorker<MinimiserStepJob> | null; readonly limit: ReturnType<typeof setTimeout> } | null = null;

  const stop = () => {
    if (running === null) return;
    clearTimeout(running.limit);
    running.worker?.terminate();
    running = null;
  };
  const settle = (job: MinimiserStepJob, answer: MinimiserStableStep) => {
    if (running?.job !== job) return;
    stop();
    onAnswer(job, answer);
  };
  const solveHere = (job: MinimiserStepJob) =>
    void import('../model/minimiserStableStep')
      .then(({ minimiserStableStep }) => minimiserStableStep(job.data, job.spec, job.start, job.separation))
      .then(
        (answer) => settle(job, answer),
        () => settle(job, NOT_FOUND),
      );

  return {
    find(job) {
      stop();
      const worker = startJobWorker<MinimiserStepJob, MinimiserStepReply>(
        () => new Worker(new URL('./minimiserStepWorker.ts', import.meta.url), { type: 'module' }),
        (reply) => settle(job, 'answer' in reply ? reply.answer : NOT_FOUND),
        () => solveHere(job),
      );
      running = { job, worker, limit: setTimeout(() => settle(job, NOT_FOUND), SOLVE_LIMIT_MS) };
      if (worker === null) solveHere(job);
      else worker.post(job);
    },
    cancel: stop,
  };
}
