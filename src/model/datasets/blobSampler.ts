import type { Point } from '../dataset';
import { createRng } from '../rng';

/** A round Gaussian cluster of points that all carry one label. */
export interface Blob {
  readonly x1: number;
  readonly x2: number;
  readonly label: number;
}

/**
 * `count` points shared among the blobs as evenly as possible (the first `count mod blobs` get one more),
 * each drawn from N(blob centre, spread² I), blob by blob.
 */
export function sampleBlobs(blobs: readonly Blob[], count: number, spread: number, seed: number): Point[] {
  const rng = createRng(seed);
  const sizes = evenSplit(count, blobs.length);
  return blobs.flatMap((blob, b) =>
    Array.from({ length: sizes[b] }, (): Point => {
      const x1 = blob.x1 + spread * rng.normal();
      const x2 = blob.x2 + spread * rng.normal();
      return { x1, x2, label: blob.label };
    }),
  );
}

/** `total` cut into `parts` whole numbers that differ by at most one, larger ones first. */
export function evenSplit(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < total % parts ? 1 : 0));
}
