/** A labelled point in the plane, as the user sees and edits it (plain data, serialisable). */
export interface Point {
  readonly x1: number;
  readonly x2: number;
  /** Class index, 0..classes-1. */
  readonly label: number;
}

/**
 * The same points laid out column-wise in typed arrays, which is what the engine's hot loops read.
 * `classes` is K: the number of parameter rows, which may exceed the largest label present.
 */
export interface Dataset {
  readonly x1: Float64Array;
  readonly x2: Float64Array;
  readonly labels: Uint8Array;
  readonly classes: number;
}

export const MIN_CLASSES = 2;
export const MAX_CLASSES = 8;

/** Packs points into a Dataset; throws a RangeError naming the first point whose label does not fit K. */
export function toDataset(points: readonly Point[], classes: number): Dataset {
  if (!Number.isInteger(classes) || classes < MIN_CLASSES || classes > MAX_CLASSES) {
    throw new RangeError(`classes must be an integer from ${MIN_CLASSES} to ${MAX_CLASSES}, got ${classes}`);
  }
  const n = points.length;
  const x1 = new Float64Array(n);
  const x2 = new Float64Array(n);
  const labels = new Uint8Array(n);
  points.forEach((p, i) => {
    if (!Number.isInteger(p.label) || p.label < 0 || p.label >= classes) {
      throw new RangeError(`point ${i} has label ${p.label}, which must be an integer from 0 to ${classes - 1}`);
    }
    if (!Number.isFinite(p.x1) || !Number.isFinite(p.x2)) {
      throw new RangeError(`point ${i} has a non-finite coordinate`);
    }
    x1[i] = p.x1;
    x2[i] = p.x2;
    labels[i] = p.label;
  });
  return { x1, x2, labels, classes };
}

/** The inverse of toDataset. */
export function toPoints(data: Dataset): Point[] {
  return Array.from(data.labels, (label, i) => ({ x1: data.x1[i], x2: data.x2[i], label }));
}

/** How many points carry each label. */
export function classCounts(data: Dataset): number[] {
  const counts = new Array<number>(data.classes).fill(0);
  for (const label of data.labels) counts[label] += 1;
  return counts;
}
