import type { Point } from '../../model/dataset';
import type { PlotDomain } from '../../model/plotDomain';
import { markerPath } from '../decisionRegions/classShapes';

/** A data point's marker on a lane's square canvas: its class and the SVG path of the lab's shape for it. */
export interface LaneMarker {
  readonly label: number;
  readonly path: string;
}

/**
 * Every point as the lab's class marker (circle, square, triangle, …) on a `size`-pixel square showing
 * `domain`, x2 growing upwards: classes stay apart without colour, as in the lab's plot.
 */
export function laneMarkers(points: readonly Point[], domain: PlotDomain, size: number, radius: number): LaneMarker[] {
  const [x1Min, x1Max] = domain.x1;
  const [x2Min, x2Max] = domain.x2;
  return points.map((point) => {
    const x = ((point.x1 - x1Min) / (x1Max - x1Min)) * size;
    const y = ((x2Max - point.x2) / (x2Max - x2Min)) * size;
    return { label: point.label, path: markerPath(point.label, x, y, radius) };
  });
}
