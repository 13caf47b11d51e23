import type { PlotDomain } from '../../model/plotDomain';
import { linearScale, type LinearScale } from '../common/linearScale';

/** Room around the square plot area for the axes, in CSS pixels. */
export const PLOT_MARGIN = { top: 8, right: 12, bottom: 36, left: 40 } as const;

/** The square plot area: `side` CSS pixels, and the scales from plot units to pixels inside it. */
export interface PlotGeometry {
  readonly side: number;
  readonly domain: PlotDomain;
  readonly x: LinearScale;
  readonly y: LinearScale;
}

export function plotGeometry(domain: PlotDomain, side: number): PlotGeometry {
  return {
    side,
    domain,
    x: linearScale(domain.x1, [0, side]),
    // x2 grows upwards, screen y downwards.
    y: linearScale(domain.x2, [side, 0]),
  };
}
