import type { Dataset } from './dataset';

/**
 * The dimension of the space the points' x̃ = (1, x1, x2) span (teaching-math §2, §4): 3 in general, 2 when every
 * point lies on one line, 1 when every point is at one place, 0 without points. Below 3, some u ≠ 0 has u·x̃ = 0 at
 * every point, and each row θ_k can move along u on its own without changing any probability.
 */
export type PointSpan = 0 | 1 | 2 | 3;

/**
 * Decided exactly on the stored doubles (each is an integer times a power of two, so the orientation of three
 * points is an exact integer in BigInt): points that are nearly, not exactly, on one line span R³, and J's curvature
 * across the line is small but not zero.
 */
export function pointSpan(data: Dataset): PointSpan {
  const { x1, x2 } = data;
  const n = x1.length;
  if (n === 0) return 0;
  const second = x1.findIndex((v, i) => v !== x1[0] || x2[i] !== x2[0]);
  if (second < 0) return 1;
  for (let i = second + 1; i < n; i++) {
    if (orientation([x1[0], x1[second], x1[i]], [x2[0], x2[second], x2[i]]) !== 0n) return 3;
  }
  return 2;
}

/** The sign-carrying orientation (b − a) × (c − a) of three points, exactly, up to a positive power of two. */
function orientation(xs: readonly [number, number, number], ys: readonly [number, number, number]): bigint {
  const [ax, bx, cx] = onCommonScale(xs);
  const [ay, by, cy] = onCommonScale(ys);
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/** The three doubles times one power of two, as exact integers (a positive scale keeps every orientation's sign). */
function onCommonScale(values: readonly [number, number, number]): bigint[] {
  const parts = values.map(asIntegerTimesPowerOfTwo);
  const finest = Math.min(...parts.map(({ exponent }) => exponent));
  return parts.map(({ integer, exponent }) => integer << BigInt(exponent - finest));
}

/** v = integer · 2^exponent exactly (v finite). Doubling a non-integer double is exact, and at most 1074 are needed. */
function asIntegerTimesPowerOfTwo(v: number): { integer: bigint; exponent: number } {
  let scaled = v;
  let exponent = 0;
  while (!Number.isInteger(scaled)) {
    scaled *= 2;
    exponent -= 1;
  }
  return { integer: BigInt(scaled), exponent };
}
