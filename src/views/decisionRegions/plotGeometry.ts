import { scaleLinear, type ScaleLinear } from 'd3';
import type { PlotDomain } from '../../model/plotDomain';

/** Room around the square plot area for the axes, in CSS pixels. */
export const PLOT_MARGIN = { top: 8, right: 12, bottom: 36, left: 40 } as const;

/** The square plot area: `side` CSS pixels, and the scales from plot units to pixels inside it. */
export interface PlotGeometry {
  readonly side: number;
  readonly domain: PlotDomain;
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
}

export function plotGeometry(domain: PlotDomain, side: number): PlotGeometry {
  return {
    side,
    domain,
    x: scaleLinear().domain(domain.x1).range([0, side]),
    // x2 grows upwards, screen y downwards.
    y: scaleLinear().domain(domain.x2).range([side, 0]),
  };
}
