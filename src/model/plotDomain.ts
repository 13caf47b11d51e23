import type { Point } from './dataset';

/** The rectangle of the plane a plot shows: [x1Min, x1Max] × [x2Min, x2Max]. */
export interface PlotDomain {
  readonly x1: readonly [number, number];
  readonly x2: readonly [number, number];
}

const DEFAULT_DOMAIN: PlotDomain = { x1: [-4, 4], x2: [-4, 4] };

/**
 * A square domain around the points with 15% padding on each side (at least [-4, 4]² when there are none),
 * square so that weight vectors and decision boundaries keep their true angles.
 */
export function plotDomain(points: readonly Point[]): PlotDomain {
  if (points.length === 0) return DEFAULT_DOMAIN;
  let x1Min = Infinity;
  let x1Max = -Infinity;
  let x2Min = Infinity;
  let x2Max = -Infinity;
  for (const p of points) {
    x1Min = Math.min(x1Min, p.x1);
    x1Max = Math.max(x1Max, p.x1);
    x2Min = Math.min(x2Min, p.x2);
    x2Max = Math.max(x2Max, p.x2);
  }
  const span = Math.max(x1Max - x1Min, x2Max - x2Min, 1) * 1.3;
  const c1 = (x1Min + x1Max) / 2;
  const c2 = (x2Min + x2Max) / 2;
  return { x1: [c1 - span / 2, c1 + span / 2], x2: [c2 - span / 2, c2 + span / 2] };
}
