import { PerformanceObserver } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * The garbage collector as a function: `global.gc` under `node --expose-gc`, otherwise exposed at run time
 * (setting the flag and fetching `gc` from a fresh context is V8's documented way to get it late).
 */
export function garbageCollector(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (typeof existing === 'function') return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export interface AllocationSample {
  /**
   * Bytes allocated per call, garbage included: growth of the JS heap plus of the ArrayBuffer backing stores
   * (a typed array's data lives outside the JS heap once it is larger than a few dozen bytes).
   */
  readonly bytesPerCall: number;
  /** Collections that ran during the calls; when not 0, garbage was swept mid-way and bytesPerCall undercounts. */
  readonly collections: number;
}

function allocatedBytes(): number {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/**
 * Memory growth per call of `run` over `calls` calls, with a check that no collection hid any of it: a full
 * collection first, then the heap and ArrayBuffer bytes before and after. One Float64 per point in a step at
 * N = 10000 would add 80 kB per call; a step's diagnostics object costs a few hundred bytes whatever N is.
 */
export async function allocationPerCall(run: () => void, calls: number, collect: () => void): Promise<AllocationSample> {
  let collections = 0;
  const observer = new PerformanceObserver((list) => {
    collections += list.getEntries().length;
  });
  // ArrayBuffers are freed by a concurrent sweeper after the collection: let it finish, or the count drops mid-way.
  collect();
  await new Promise((resolve) => setTimeout(resolve, 20));
  collect();
  observer.observe({ entryTypes: ['gc'] });
  const before = allocatedBytes();
  for (let i = 0; i < calls; i++) run();
  const after = allocatedBytes();
  // Observer entries arrive asynchronously.
  await new Promise((resolve) => setTimeout(resolve, 20));
  observer.disconnect();
  return { bytesPerCall: (after - before) / calls, collections };
}
