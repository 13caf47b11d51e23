import type { Point } from '../dataset';
import { sampleBlobs } from './blobSampler';
import { requirePointCount, requireNonNegative } from './generatorArguments';

export interface XorSettings {
  readonly count: number;
  readonly seed: number;
  /** Standard deviation of each quadrant's blob in each coordinate. */
  readonly noise: number;
}

/** Distance of each quadrant's centre from each axis. */
const CORNER = 2;

/**
 * Four Gaussian blobs centred at (±2, ±2); diagonally opposite quadrants share a label (class 0 top-right and
 * bottom-left), so no single line splits the classes: the classic example linear models cannot fit.
 */
export function xorLike({ count, seed, noise }: XorSettings): Point[] {
  requirePointCount(count);
  requireNonNegative('noise', noise);
  const blobs = [
    { x1: CORNER, x2: CORNER, label: 0 },
    { x1: -CORNER, x2: CORNER, label: 1 },
    { x1: -CORNER, x2: -CORNER, label: 0 },
    { x1: CORNER, x2: -CORNER, label: 1 },
  ];
  return sampleBlobs(blobs, count, noise, seed);
}
