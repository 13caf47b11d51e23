import { ROW } from '../../model/parameters';
import type { PlotDomain } from '../../model/plotDomain';
import type { RegionMode } from '../../model/regionRaster';

/**
 * Below this spread of logit changes, no pixel of the blended picture can change by half an 8-bit step:
 * colour = Σ_k c_k P(y=k|x), |ΔP_k| ≤ P_k · spread, so |Δcolour| ≤ 255 · spread < 0.5 needs spread < 1/510.
 * Half of that, for margin. The boundary lines are not bounded by it: a boundary moves by Δz/‖w_k − w_j‖, far when
 * two classes' weights nearly agree (θ near 0), so a skipped frame can leave a line a little behind while
 * playing; it is never left behind for long, and when playing stops the canvas is redrawn exactly.
 */
export const INVISIBLE_LOGIT_CHANGE = 1e-3;

/**
 * A frame in which θ moves more than this (in logits, over the plot) is part of a fast sweep: its picture is
 * gone by the next frame, so a coarse raster is enough. Up to 2.5 % of probability per frame at P = ½ for two classes.
 */
export const FAST_LOGIT_CHANGE = 0.1;

/** Coarse rasters are this many times smaller across: 1/9 of the pixels, scaled up smoothly. */
export const COARSE_FACTOR = 3;

/** What is on the canvas: the θ − m it was drawn from, how, and at which resolution. */
export interface DrawnRaster {
  readonly theta: Float64Array;
  readonly mode: RegionMode;
  readonly resolution: 'coarse' | 'full';
}

export type RasterPlan = 'skip' | 'coarse' | 'full';

/**
 * The largest change, over the plot rectangle, of the spread of logit changes max_k Δz_k(x) − min_k Δz_k(x)
 * between θ `a` and θ `b` (K rows b_k, w_k1, w_k2 each). Only differences between classes change P(y|x), so
 * adding the same row to every class changes nothing here. Each Δz_k is affine in x, so each difference
 * Δz_k − Δz_j is largest at a corner of the rectangle. Infinity when the two θ have different K.
 */
export function logitChange(a: Float64Array, b: Float64Array, domain: PlotDomain): number {
  if (a.length !== b.length) return Infinity;
  const classes = a.length / ROW;
  let largest = 0;
  for (const x1 of domain.x1) {
    for (const x2 of domain.x2) {
      let low = Infinity;
      let high = -Infinity;
      for (let k = 0; k < classes; k++) {
        const r = ROW * k;
        const change = b[r] - a[r] + (b[r + 1] - a[r + 1]) * x1 + (b[r + 2] - a[r + 2]) * x2;
        low = Math.min(low, change);
        high = Math.max(high, change);
      }
      // NaN (a non-finite θ) must never read as "unchanged".
      largest = Math.max(largest, Number.isNaN(high - low) ? Infinity : high - low);
    }
  }
  return largest;
}

/** Whether two θ hold the same numbers (a store may publish a fresh copy of an unchanged θ every frame). */
export function sameEntries(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

/**
 * What to paint for θ − m `theta` now, given what is on the canvas and the θ of the previous frame.
 * Stopped: a full raster unless the canvas already shows exactly this θ at full resolution, so the picture a
 * person studies is always exact. Playing: nothing while the change since the canvas is invisible; a coarse
 * raster while θ sweeps fast; full resolution again as soon as it slows down.
 */
export function planRaster(
  drawn: DrawnRaster | null,
  previousFrame: Float64Array | null,
  theta: Float64Array,
  mode: RegionMode,
  domain: PlotDomain,
  playing: boolean,
): RasterPlan {
  if (drawn === null || drawn.mode !== mode || drawn.theta.length !== theta.length) return 'full';
  if (!playing) return drawn.resolution === 'full' && sameEntries(drawn.theta, theta) ? 'skip' : 'full';
  if (drawn.resolution === 'full' && logitChange(drawn.theta, theta, domain) < INVISIBLE_LOGIT_CHANGE) return 'skip';
  const sweeping = previousFrame !== null && logitChange(previousFrame, theta, domain) > FAST_LOGIT_CHANGE;
  return sweeping ? 'coarse' : 'full';
}
