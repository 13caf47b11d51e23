import { useId, useMemo } from 'react';
import { contours, line, scaleLinear } from 'd3';
import { viridis } from '../common/viridis';
import type { SliceGrid } from '../../model/lossSlice';
import { finiteValues, type ContourLevels } from './contourLevels';
import { axisTicks } from './sliceLabels';

export const CHART_MARGIN = { top: 8, right: 10, bottom: 40, left: 46 };
/** The plot is square (both axes are in the same units) and at most this wide. */
const MAX_SIDE = 380;

/** Colour of band `band` of `bands` (band 0 is the lowest J). */
export function bandColor(band: number, bands: number): string {
  return viridis(bands <= 1 ? 0.5 : band / (bands - 1));
}

export function plotSide(width: number): number {
  return Math.max(120, Math.min(MAX_SIDE, width - CHART_MARGIN.left - CHART_MARGIN.right));
}

interface LossSurfaceChartProps {
  grid: SliceGrid;
  levels: ContourLevels;
  width: number;
  trail: [number, number][];
  current: [number, number] | null;
  xLabel: string;
  yLabel: string;
  /** Free-parameter units per unit of each axis's own scale (see axisUnit): the ticks read that scale. */
  xUnit: number;
  yUnit: number;
  description: string;
}

/**
 * Filled contours of J on the slice (d3.contours on the grid, rescaled from grid to plot coordinates as
 * Observable Plot does), with the recent trajectory and the current θ projected onto it.
 */
export function LossSurfaceChart({ grid, levels, width, trail, current, xLabel, yLabel, xUnit, yUnit, description }: LossSurfaceChartProps) {
  const clipId = `slice-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const side = plotSide(width);
  const { resolution, extent } = grid;
  const x = scaleLinear().domain([-extent, extent]).range([CHART_MARGIN.left, CHART_MARGIN.left + side]);
  const y = scaleLinear().domain([-extent, extent]).range([CHART_MARGIN.top + side, CHART_MARGIN.top]);

  const bands = useMemo(() => {
    if (levels.thresholds.length === 0) return [];
    const generator = contours().size([resolution, resolution]).thresholds(levels.thresholds);
    return generator(Array.from(finiteValues(grid.values, levels.max)));
  }, [grid, levels, resolution]);

  // d3.contours puts sample i at grid coordinate i + 0.5; sample i sits at a = −extent + 2·extent·i/(resolution − 1).
  const bandPaths = useMemo(() => {
    const toPlot = (g: number) => -extent + (2 * extent * (g - 0.5)) / (resolution - 1);
    const px = scaleLinear().domain([-extent, extent]).range([CHART_MARGIN.left, CHART_MARGIN.left + side]);
    const py = scaleLinear().domain([-extent, extent]).range([CHART_MARGIN.top + side, CHART_MARGIN.top]);
    const ring = (points: number[][]) => points.map(([gx, gy], i) => `${i === 0 ? 'M' : 'L'}${px(toPlot(gx)).toFixed(1)},${py(toPlot(gy)).toFixed(1)}`).join('') + 'Z';
    return bands.map((band) => ({ value: band.value, d: band.coordinates.flatMap((polygon) => polygon.map(ring)).join('') }));
  }, [bands, extent, resolution, side]);
  const bandCount = levels.thresholds.length + 1;
  const trailPath = line<[number, number]>()
    .x(([a]) => x(a))
    .y(([, b]) => y(b))(trail.filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b)));
  const xTicks = axisTicks(extent, xUnit);
  const yTicks = axisTicks(extent, yUnit);
  const height = CHART_MARGIN.top + side + CHART_MARGIN.bottom;

  return (
    <svg className="slice-chart" width={CHART_MARGIN.left + side + CHART_MARGIN.right} height={height} role="img" aria-label={description}>
      <defs>
        <clipPath id={clipId}>
          <rect x={CHART_MARGIN.left} y={CHART_MARGIN.top} width={side} height={side} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`}>
        <rect x={CHART_MARGIN.left} y={CHART_MARGIN.top} width={side} height={side} fill={bandColor(0, bandCount)} />
        {bandPaths.map((band, i) => (
          <path key={band.value} className="slice-contour" d={band.d} fill={bandColor(i + 1, bandCount)} />
        ))}
        <line className="slice-crosshair" x1={x(0)} x2={x(0)} y1={CHART_MARGIN.top} y2={CHART_MARGIN.top + side} />
        <line className="slice-crosshair" x1={CHART_MARGIN.left} x2={CHART_MARGIN.left + side} y1={y(0)} y2={y(0)} />
        {trailPath !== null && trail.length > 1 && (
          <>
            <path className="slice-trail-halo" d={trailPath} />
            <path className="slice-trail" d={trailPath} />
            <circle className="slice-trail-start" cx={x(trail[0][0])} cy={y(trail[0][1])} r={3.5} />
          </>
        )}
        {current !== null && <circle className="slice-current" cx={x(current[0])} cy={y(current[1])} r={5.5} />}
      </g>
      <rect className="slice-frame" x={CHART_MARGIN.left} y={CHART_MARGIN.top} width={side} height={side} />
      {xTicks.map(({ position, label }) => (
        <text key={`x${label}`} className="slice-tick" x={x(position)} y={CHART_MARGIN.top + side + 14} textAnchor="middle">
          {label}
        </text>
      ))}
      {yTicks.map(({ position, label }) => (
        <text key={`y${label}`} className="slice-tick" x={CHART_MARGIN.left - 5} y={y(position)} dy="0.32em" textAnchor="end">
          {label}
        </text>
      ))}
      <text className="slice-axis-title" x={CHART_MARGIN.left + side / 2} y={height - 6} textAnchor="middle">
        {xLabel} →
      </text>
      <text className="slice-axis-title" transform={`translate(12, ${CHART_MARGIN.top + side / 2}) rotate(-90)`} textAnchor="middle">
        {yLabel} →
      </text>
    </svg>
  );
}
