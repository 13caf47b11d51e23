import type { Dataset } from '../../model/dataset';
import { objectiveKey, type MinimiserStableStep } from '../../model/minimiserStableStep';
import type { ObjectiveSpec } from '../../model/objective';
import type { MinimiserStepJob, MinimiserStepReply } from './minimiserStepJob';

/** A search that takes longer has met data Newton cannot handle: it is stopped, and nothing is claimed. */
const SOLVE_LIMIT_MS = 10_000;


const pending = new WeakMap<Dataset, Map<string, Promise<MinimiserStableStep>>>();
const settled = new WeakMap<Dataset, Map<string, MinimiserStableStep>>();

/** The limit for these points and objective if it has been found already; null otherwise. */
export function knownMinimiserStep(data: Dataset, spec: ObjectiveSpec): MinimiserStableStep | null {
  return settled.get(data)?.get(objectiveKey(spec)) ?? null;
}

/**
 * 2/hₘₐₓ(H(θ*)) for these points and objective, found once (cached per data set and objective; `start` only speeds
 * Newton up). In a Web Worker; where none can start, the model is loaded here and run on the main thread.
 */
export function minimiserStepFor(job: MinimiserStepJob): Promise<MinimiserStableStep> {
  const key = objectiveKey(job.spec);
  const byKey = pending.get(job.data) ?? new Map<string, Promise<MinimiserStableStep>>();
  pending.set(job.data, byKey);
  const known = byKey.get(key);
  if (known !== undefined) return known;
  const answer = solve(job).then((result) => {
    const answers = settled.get(job.data) ?? new Map<string, MinimiserStableStep>();
    settled.set(job.data, answers.set(key, result));
    return result;
  });
  byKey.set(key, answer);
  return answer;
}

function solve(job: MinimiserStepJob): Promise<MinimiserStableStep> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./minimiserStepWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return solveHere(job);
  }
  return new Promise((resolve) => {
    const finish = (result: MinimiserStableStep) => {
      clearTimeout(limit);
      worker.terminate();
      resolve(result);
    };
    const limit = setTimeout(() => finish({ kind: 'notFound' }), SOLVE_LIMIT_MS);
    worker.onmessage = (event: MessageEvent<MinimiserStepReply>) => finish('answer' in event.data ? event.data.answer : { kind: 'notFound' });
    worker.onerror = (event) => {
      event.preventDefault();
      clearTimeout(limit);
      worker.terminate();
      void solveHere(job).then(resolve);
    };
    worker.postMessage(job);
  });
}

async function solveHere({ data, spec, start, separation }: MinimiserStepJob): Promise<MinimiserStableStep> {
  try {
    const { minimiserStableStep } = await import('../../model/minimiserStableStep');
    return minimiserStableStep(data, spec, start, separation);
  } catch {
    return { kind: 'notFound' };
  }
}
