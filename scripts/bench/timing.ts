/**
 * Timing with process.hrtime.bigint. One call of a fast step (a few µs) is close to the timer's own cost, so
 * calls are timed in blocks long enough to measure; the median over blocks shrugs off the odd GC pause or a
 * neighbour's burst of work on this shared machine.
 */

/** Nanoseconds per call, measured over `calls` back-to-back calls. */
export function timeBlock(run: () => void, calls: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) run();
  return Number(process.hrtime.bigint() - start) / calls;
}

/** How many calls make a block of at least `blockNs` nanoseconds (at least one). */
export function callsPerBlock(run: () => void, blockNs: number): number {
  let calls = 1;
  while (calls < 1 << 20 && timeBlock(run, calls) * calls < blockNs) calls *= 2;
  return calls;
}

/** Keeps calling `run` for about `durationNs`, so that the JIT has compiled what is measured next. */
export function warmUp(run: () => void, durationNs: number): void {
  const end = process.hrtime.bigint() + BigInt(Math.round(durationNs));
  while (process.hrtime.bigint() < end) run();
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nanoseconds per call: the median block, and the fastest, which other processes' load can only have slowed. */
export interface Timing {
  readonly median: number;
  readonly best: number;
}

function summarise(times: readonly number[]): Timing {
  return { median: median(times), best: Math.min(...times) };
}

/**
 * Both contenders timed in alternating blocks (a, b, a, b, ...) so that they see the same background load, and
 * the median of the per-round ratios a/b, which is steadier than a ratio of medians on a busy machine.
 */
export function compare(a: () => void, b: () => void, rounds: number, blockNs: number) {
  const callsA = callsPerBlock(a, blockNs);
  const callsB = callsPerBlock(b, blockNs);
  const timesA: number[] = [];
  const timesB: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const timeA = timeBlock(a, callsA);
    const timeB = timeBlock(b, callsB);
    timesA.push(timeA);
    timesB.push(timeB);
    ratios.push(timeA / timeB);
  }
  return { a: summarise(timesA), b: summarise(timesB), ratio: median(ratios) };
}

/** Nanoseconds per call of one contender. */
export function measure(run: () => void, rounds: number, blockNs: number): Timing {
  const calls = callsPerBlock(run, blockNs);
  return summarise(Array.from({ length: rounds }, () => timeBlock(run, calls)));
}
