import type { Point } from '../dataset';
import { sampleBlobs } from './blobSampler';
import { requirePointCount, requireNonNegative } from './generatorArguments';

export interface TwoClassesSettings {
  readonly count: number;
  /** Standard deviation of each blob in each coordinate. */
  readonly spread: number;
  readonly seed: number;
}

/**
 * The binary case softmax regression generalises: two Gaussian blobs on a diagonal, 1.7 apart, so at spread 0.5
 * a few points of each class stray onto the other's side.
 */
export function twoClasses({ count, spread, seed }: TwoClassesSettings): Point[] {
  requirePointCount(count);
  requireNonNegative('spread', spread);
  const blobs = [
    { x1: -0.6, x2: -0.6, label: 0 },
    { x1: 0.6, x2: 0.6, label: 1 },
  ];
  return sampleBlobs(blobs, count, spread, seed);
}
