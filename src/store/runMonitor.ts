/** Steps with J above its lowest value before a GD run warns that the steps overshoot. */
export const OVERSHOOT_STEPS = 20;
/** Steps in which J changed by no more than rounding before the run stops as stuck. */
export const STALL_STEPS = 100;

/** What the run's recent losses show, the step it first holds. */
export type RunEvent =
  /** J has stayed above its lowest value for OVERSHOOT_STEPS steps, by more than rounding. */
  | { readonly kind: 'overshoot'; readonly lowest: number; readonly now: number }
  /** J has not gone below its lowest value for STALL_STEPS steps and changed by no more than rounding meanwhile. */
  | { readonly kind: 'stalled' }
  | null;

/** A few units in the last place of J: what rounding alone can change it by. */
const ROUNDING = 8 * Number.EPSILON;

/**
 * Watches J step by step for the two patterns no single step shows: a loss that stays above its lowest value
 * (the steps overshoot; plain GD with a small enough step lowers J every step) and a loss that no longer
 * changes at all (float64 cannot resolve the steps). O(1) per step.
 */
export function createRunMonitor() {
  let lowest = Number.POSITIVE_INFINITY;
  let highestSinceLowest = Number.NEGATIVE_INFINITY;
  let sinceLowest = 0;

  return {
    /** J at θ before each step, in order. */
    observe(loss: number): RunEvent {
      if (loss < lowest) {
        lowest = loss;
        highestSinceLowest = loss;
        sinceLowest = 0;
        return null;
      }
      highestSinceLowest = Math.max(highestSinceLowest, loss);
      sinceLowest += 1;
      const flat = highestSinceLowest - lowest <= ROUNDING * Math.abs(lowest);
      if (sinceLowest === OVERSHOOT_STEPS && !flat) return { kind: 'overshoot', lowest, now: loss };
      if (sinceLowest < STALL_STEPS) return null;
      sinceLowest = 0;
      highestSinceLowest = lowest;
      return flat ? { kind: 'stalled' } : null;
    },
  };
}

export type RunMonitor = ReturnType<typeof createRunMonitor>;
