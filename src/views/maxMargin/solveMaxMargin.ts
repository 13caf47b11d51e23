import type { Dataset } from '../../model/dataset';
import type { MaxMargin } from '../../model/maxMargin';
import type { Parametrization } from '../../model/parameters';
import type { LabCaches } from '../../store/labViews';
import { startJobWorker } from '../../store/jobWorker';
import type { MaxMarginJob, MaxMarginReply } from './maxMarginJob';

/** A solve that takes longer has met coordinates the solver cannot handle (it cycles): it is stopped and said so. */
const SOLVE_LIMIT_MS = 10_000;

/** The parameters GD moves, as a key: under the full parametrisation the reference class plays no part. */
const keyOf = (p: Parametrization) => (p.kind === 'full' ? 'full' : `reference ${p.referenceClass}`);

/** Where a lab keeps its solves (the store's `caches`). */
export type MaxMarginCache = Pick<LabCaches, 'maxMarginPending' | 'maxMarginSettled'>;

/** The SVM of these points for this parametrisation if this lab has solved it already; null otherwise. */
export function solvedMaxMargin(data: Dataset, parametrization: Parametrization, cache: MaxMarginCache): MaxMargin | null {
  return cache.maxMarginSettled.get(data)?.get(keyOf(parametrization)) ?? null;
}

/**
 * The SVM of these points (see model/maxMargin.ts), solved once per data set and parametrisation in a lab's
 * cache: the lab's panel, its overlay and the race's lanes share the answer. Solved in a Web Worker; where none can start, the
 * solver module is loaded here (never in the start bundle) and run on the main thread.
 */
export function maxMarginFor(data: Dataset, parametrization: Parametrization, cache: MaxMarginCache): Promise<MaxMargin> {
  const key = keyOf(parametrization);
  const pending = cache.maxMarginPending;
  const settled = cache.maxMarginSettled;
  const byKey = pending.get(data) ?? new Map<string, Promise<MaxMargin>>();
  pending.set(data, byKey);
  const known = byKey.get(key);
  if (known !== undefined) return known;
  const answer = solve({ data, parametrization }).then((result) => {
    const answers = settled.get(data) ?? new Map<string, MaxMargin>();
    settled.set(data, answers.set(key, result));
    return result;
  });
  byKey.set(key, answer);
  return answer;
}

function solve(job: MaxMarginJob): Promise<MaxMargin> {
  return new Promise((resolve) => {
    let limit: ReturnType<typeof setTimeout> | undefined;
    const worker = startJobWorker<MaxMarginJob, MaxMarginReply>(
      () => new Worker(new URL('./maxMarginWorker.ts', import.meta.url), { type: 'module' }),
      (reply) => finish('answer' in reply ? reply.answer : { kind: 'unsolved', reason: reply.error }),
      () => {
        clearTimeout(limit);
        solveHere(job).then(resolve);
      },
    );
    if (worker === null) return void solveHere(job).then(resolve);
    const finish = (result: MaxMargin) => {
      clearTimeout(limit);
      worker.terminate();
      resolve(result);
    };
    limit = setTimeout(() => finish({ kind: 'unsolved', reason: `the solver did not finish within ${SOLVE_LIMIT_MS / 1000} s` }), SOLVE_LIMIT_MS);
    worker.post(job);
  });
}

async function solveHere({ data, parametrization }: MaxMarginJob): Promise<MaxMargin> {
  try {
    const { maxMarginClassifier } = await import('../../model/maxMargin');
    return maxMarginClassifier(data, parametrization);
  } catch (error) {
    return { kind: 'unsolved', reason: (error as Error).message };
  }
}
