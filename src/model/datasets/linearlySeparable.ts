import type { Point } from '../dataset';
import { createRng } from '../rng';
import { evenSplit } from './blobSampler';
import { requireClassCount, requirePointCount } from './generatorArguments';

export interface SeparableSettings {
  readonly classes: number;
  readonly count: number;
  readonly seed: number;
  /** Least distance from any point to a boundary between two classes, in plot units; 0 < margin ≤ 0.5. */
  readonly margin?: number;
}

export const DEFAULT_SEPARABLE_MARGIN = 0.2;
const MAX_MARGIN = 0.5;
/** Points are drawn uniformly from [-HALF_WIDTH, HALF_WIDTH]², inside the [-4, 4]² view. */
const HALF_WIDTH = 3.5;
/** How far each class direction may stray from even spacing, as a fraction of the spacing. */
const DIRECTION_JITTER = 0.1;
/** Half-width of the square the classes' common corner is drawn from. */
const APEX_OFFSET = 0.25;

/**
 * Points labelled by a random linear classifier: class k scores u_k·(x − c) for unit vectors u_k at roughly even
 * angles, so each class owns a wedge with its tip at c. Points nearer than `margin` to a tie between two classes
 * are redrawn, and so are points whose class already has its share, so labels are balanced.
 *
 * Why this terminates quickly: with the jitter and tip offset above, every wedge is at least 36° wide and its
 * part farther than 0.5 from the other wedges starts within 2 of the origin, well inside the sampling square.
 */
export function linearlySeparable({ classes, count, seed, margin = DEFAULT_SEPARABLE_MARGIN }: SeparableSettings): Point[] {
  requireClassCount(classes);
  requirePointCount(count);
  if (!(margin > 0 && margin <= MAX_MARGIN)) {
    throw new RangeError(`margin must be greater than 0 and at most ${MAX_MARGIN}, got ${margin}`);
  }
  const rng = createRng(seed);
  const spacing = (2 * Math.PI) / classes;
  const rotation = rng.uniform() * 2 * Math.PI;
  const directions = Array.from({ length: classes }, (_, k) => {
    const angle = rotation + spacing * (k + DIRECTION_JITTER * (2 * rng.uniform() - 1));
    return { u1: Math.cos(angle), u2: Math.sin(angle) };
  });
  const c1 = APEX_OFFSET * (2 * rng.uniform() - 1);
  const c2 = APEX_OFFSET * (2 * rng.uniform() - 1);

  const missing = evenSplit(count, classes);
  const points: Point[] = [];
  while (points.length < count) {
    const x1 = HALF_WIDTH * (2 * rng.uniform() - 1);
    const x2 = HALF_WIDTH * (2 * rng.uniform() - 1);
    const scores = directions.map(({ u1, u2 }) => u1 * (x1 - c1) + u2 * (x2 - c2));
    const label = argmax(scores);
    if (missing[label] === 0) continue;
    // The tie between classes `label` and k is the line (u_label − u_k)·(x − c) = 0; this is the distance to it.
    const clear = directions.every(
      (u, k) =>
        k === label ||
        scores[label] - scores[k] >= margin * Math.hypot(directions[label].u1 - u.u1, directions[label].u2 - u.u2),
    );
    if (!clear) continue;
    missing[label] -= 1;
    points.push({ x1, x2, label });
  }
  return points;
}

function argmax(values: number[]): number {
  let best = 0;
  for (let k = 1; k < values.length; k++) if (values[k] > values[best]) best = k;
  return best;
}
