/// <reference lib="webworker" />

/**
 * The one small protocol of the app's Web Workers (the separability test, loss slices, region rasters, the SVM): the page posts a
 * typed job, the worker posts typed replies, and a worker that cannot load or throws is stopped so that the
 * caller can do the work on the main thread instead.
 */
export interface JobWorker<Job> {
  post(job: Job, transfer?: Transferable[]): void;
  terminate(): void;
}

/**
 * Starts `create()` and routes its replies to `onReply`. `create` must be `new Worker(new URL('./x.ts',
 * import.meta.url), { type: 'module' })` written out in the caller, which is how Vite finds and bundles a worker.
 * Returns null where no module worker can start; `onFailure` runs once if the worker fails later.
 */
export function startJobWorker<Job, Reply>(create: () => Worker, onReply: (reply: Reply) => void, onFailure: () => void): JobWorker<Job> | null {
  let worker: Worker;
  try {
    worker = create();
  } catch {
    return null;
  }
  worker.onmessage = (event: MessageEvent<Reply>) => onReply(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    onFailure();
  };
  return { post: (job, transfer = []) => worker.postMessage(job, transfer), terminate: () => worker.terminate() };
}

/** In a worker: answers each job with `answer`, which posts one or more replies through `reply`. */
export function answerJobs<Job, Reply>(answer: (job: Job, reply: (reply: Reply, transfer?: Transferable[]) => void) => void): void {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  scope.onmessage = (event: MessageEvent<Job>) => answer(event.data, (reply, transfer = []) => scope.postMessage(reply, transfer));
}
