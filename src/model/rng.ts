/**
 * A seeded pseudo-random generator (mulberry32): every random thing in Softmax Lab draws from one of these,
 * so a seed reproduces a data set, an initialisation or an SGD batch order exactly (the global unseeded
 * generator is never used).
 *
 * Links carry seeds, not points: the first draws are pinned in rng.test.ts (and every preset's points in
 * datasets/goldenPoints.test.ts). Changing what a seed draws needs a new link format version with a migration
 * that keeps old links drawing the same points (README, "Links").
 */
export interface Rng {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** Uniform integer on [0, n). */
  integer(n: number): number;
  /** The generator's state, to resume it later with createRng(state). */
  state(): number;
}

export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  let spareNormal: number | null = null;
  const uniform = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    uniform,
    normal() {
      if (spareNormal !== null) {
        const value = spareNormal;
        spareNormal = null;
        return value;
      }
      // 1 - uniform() lies in (0, 1], so the logarithm is finite.
      const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
      const angle = 2 * Math.PI * uniform();
      spareNormal = radius * Math.sin(angle);
      return radius * Math.cos(angle);
    },
    integer(n: number) {
      return Math.floor(uniform() * n);
    },
    state() {
      return s;
    },
  };
}

/** Fisher–Yates shuffle in place. */
export function shuffleInPlace(values: Int32Array, rng: Rng): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = rng.integer(i + 1);
    const tmp = values[i];
    values[i] = values[j];
    values[j] = tmp;
  }
}
