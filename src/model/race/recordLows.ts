/**
 * A run's record lows: the (step, loss) pairs at which the loss fell below every loss before it. They answer
 * "at which step did the loss first come within tol of J*?" for any target J* + tol, exactly: the first
 * step at or below a target is always a record low. The whole list is kept rather than one answer, so that a
 * changed tolerance is answered without re-running the race.
 *
 * Memory is bounded: past `capacity` entries the run is cut into buckets of `stride` steps (doubled each time
 * the list fills) and only each bucket's first record low is kept, so answers for very long runs become
 * approximate — never early, and late by less than two buckets, about 4·steps/capacity. The best loss stays exact.
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
  let stride = 1;
  let bestLoss = Infinity;
  let bestStep = 0;

  const bucket = (step: number) => Math.floor(step / stride);

  const thin = () => {
    stride *= 2;
    let kept = 0;
    for (let i = 0; i < length; i++) {
      if (kept > 0 && bucket(steps[i]) === bucket(steps[kept - 1])) continue;
      steps[kept] = steps[i];
      losses[kept] = losses[i];
      kept += 1;
    }
    length = kept;
  };

  return {
    record(step, loss) {
      if (!Number.isFinite(loss) || !(loss < bestLoss)) return;
      bestLoss = loss;
      bestStep = step;
      if (length > 0 && bucket(step) === bucket(steps[length - 1])) return;
      if (length === capacity) thin();
      if (length > 0 && bucket(step) === bucket(steps[length - 1])) return;
      steps[length] = step;
      losses[length] = loss;
      length += 1;
    },
    get best() {
      return bestLoss;
    },
    firstStepAtOrBelow(target) {
      if (!(bestLoss <= target)) return null;
      if (length === 0 || !(losses[length - 1] <= target)) return bestStep;
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
