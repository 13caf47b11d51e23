import type { Dataset } from '../../model/dataset';
import type { SliceGrid, SlicePlane } from '../../model/lossSlice';
import type { ObjectiveSpec } from '../../model/objective';

/** Everything needed to compute a brute-force slice, as plain data that can be posted to a worker. */
export interface SliceJob {
  readonly id: number;
  readonly data: Dataset;
  readonly spec: ObjectiveSpec;
  readonly plane: SlicePlane;
  readonly extent: number;
  /** Grid resolutions to compute in turn, coarse first, each reported when done. */
  readonly resolutions: readonly number[];
}

/** A finished grid of job `id` (final when it is the finest), or why the job failed. */
export type SliceResult =
  | { readonly id: number; readonly grid: SliceGrid; readonly final: boolean }
  | { readonly id: number; readonly error: string };
