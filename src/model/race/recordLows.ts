/**
 * A run's record lows: the (step, loss) pairs at which the loss fell below every loss before it. They answer
 * "at which step did the loss first come within tol of L*?" for any target L* + tol, exactly: the first
 * step at or below a target is always a record low. Targets can move (the best loss found so far keeps
 * improving), so the whole list is kept rather than one answer.
 *
 * Memory is bounded: past `capacity` entries every second interior entry is dropped (the first and the newest
 * stay), so answers for very long runs become approximate — late by at most the gap to the next kept entry.
 */
export interface RecordLows {
  /** Records the loss after `step` steps; steps must not decrease. Non-finite losses are ignored. */
  record(step: number, loss: number): void;
  /** The lowest loss recorded; Infinity before any. */
  readonly best: number;
  /** The first recorded step whose loss was ≤ target, or null when none was. */
  firstStepAtOrBelow(target: number): number | null;
}

export const DEFAULT_RECORD_CAPACITY = 8192;

export function createRecordLows(capacity = DEFAULT_RECORD_CAPACITY): RecordLows {
  if (!Number.isInteger(capacity) || capacity < 4) throw new RangeError(`capacity must be an integer ≥ 4, got ${capacity}`);
  const steps = new Float64Array(capacity);
  const losses = new Float64Array(capacity);
  let length = 0;

  const thin = () => {
    let kept = 1;
    for (let i = 2; i < length - 1; i += 2) {
      steps[kept] = steps[i];
      losses[kept] = losses[i];
      kept += 1;
    }
    steps[kept] = steps[length - 1];
    losses[kept] = losses[length - 1];
    length = kept + 1;
  };

  return {
    record(step, loss) {
      if (!Number.isFinite(loss)) return;
      if (length > 0 && !(loss < losses[length - 1])) return;
      if (length === capacity) thin();
      steps[length] = step;
      losses[length] = loss;
      length += 1;
    },
    get best() {
      return length === 0 ? Infinity : losses[length - 1];
    },
    firstStepAtOrBelow(target) {
      if (length === 0 || !(losses[length - 1] <= target)) return null;
      // Losses strictly decrease along the list: binary search for the first one at or below the target.
      let low = 0;
      let high = length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (losses[middle] <= target) high = middle;
        else low = middle + 1;
      }
      return steps[low];
    },
  };
}

/**
 * For each run, the first step at which its loss came within `tolerance` of the lowest loss found so far by
 * any run in its group (runs minimising the same objective share a group, named by `groups[i]`); null when it
 * has not yet.
 */
export function stepsToReach(runs: readonly RecordLows[], groups: readonly string[], tolerance: number): (number | null)[] {
  const best = bestOfGroups(runs, groups);
  return runs.map((run, i) => run.firstStepAtOrBelow(best[i] + tolerance));
}

/** For each run, the lowest loss any run in its group has recorded; Infinity before any. */
export function bestOfGroups(runs: readonly RecordLows[], groups: readonly string[]): number[] {
  const bestOfGroup = new Map<string, number>();
  runs.forEach((run, i) => bestOfGroup.set(groups[i], Math.min(bestOfGroup.get(groups[i]) ?? Infinity, run.best)));
  return runs.map((_, i) => bestOfGroup.get(groups[i]) ?? Infinity);
}
