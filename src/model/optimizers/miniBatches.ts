import { createRng, shuffleInPlace } from '../rng';

/**
 * Seeded mini-batch order: each epoch shuffles the point indices and hands them out `size` at a time. The
 * last batch of an epoch may be smaller. Returns null when the batch would be the whole data set.
 */
export function createMiniBatches(seed: number) {
  const rng = createRng(seed);
  let order = new Int32Array(0);
  let cursor = 0;
  let batch = new Int32Array(0);
  return {
    next(count: number, size: number): Int32Array | null {
      if (size <= 0 || size >= count) return null;
      if (order.length !== count) {
        order = Int32Array.from({ length: count }, (_, i) => i);
        cursor = count;
      }
      if (cursor >= count) {
        shuffleInPlace(order, rng);
        cursor = 0;
      }
      const end = Math.min(cursor + size, count);
      if (batch.length !== end - cursor) batch = new Int32Array(end - cursor);
      batch.set(order.subarray(cursor, end));
      cursor = end;
      return batch;
    },
  };
}
