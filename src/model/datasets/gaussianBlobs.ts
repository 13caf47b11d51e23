import type { Point } from '../dataset';
import { sampleBlobs, type Blob } from './blobSampler';
import { requireClassCount, requirePointCount, requireNonNegative } from './generatorArguments';

export interface BlobsSettings {
  /** K, 2..8. */
  readonly classes: number;
  /** N, shared among the classes as evenly as possible. */
  readonly count: number;
  /** Standard deviation of each blob in each coordinate. */
  readonly spread: number;
  readonly seed: number;
}

/** Radius of the circle the class centres sit on: far enough apart to be told apart, inside the [-4, 4]² view. */
const SEPARATED_RADIUS = 2;
/** Centres this close overlap at any spread a user would call noisy (0.5 already overlaps for every K). */
const OVERLAPPING_RADIUS = 0.8;

/** One Gaussian blob per class, centres evenly spaced on a circle of radius 2. */
export function gaussianBlobs(settings: BlobsSettings): Point[] {
  return blobsOnCircle(settings, SEPARATED_RADIUS);
}

/** As gaussianBlobs, but the centres sit on a circle of radius 0.8, so neighbouring classes overlap. */
export function overlappingBlobs(settings: BlobsSettings): Point[] {
  return blobsOnCircle(settings, OVERLAPPING_RADIUS);
}

function blobsOnCircle({ classes, count, spread, seed }: BlobsSettings, radius: number): Point[] {
  requireClassCount(classes);
  requirePointCount(count);
  requireNonNegative('spread', spread);
  const blobs = Array.from({ length: classes }, (_, label): Blob => {
    // A quarter turn puts class 0 at the top, where a reader's eye starts.
    const angle = Math.PI / 2 + (2 * Math.PI * label) / classes;
    return { x1: radius * Math.cos(angle), x2: radius * Math.sin(angle), label };
  });
  return sampleBlobs(blobs, count, spread, seed);
}
