/**
 * One rule for every seed (data set, initial θ, mini-batch order): a whole number from 0 to 2³² − 1. The
 * generator keeps 32 bits of state (`seed >>> 0`), so any other number would silently draw the points of some
 * seed in this range; refusing it keeps "a seed reproduces a draw" true and makes "next seed" always new.
 */
export const MAX_SEED = 2 ** 32 - 1;

export function isSeed(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= MAX_SEED;
}

/** The seed after `seed`, wrapping from 2³² − 1 to 0, so Regenerate always draws a different set. */
export function nextSeed(seed: number): number {
  return seed >= MAX_SEED ? 0 : seed + 1;
}
