import { formatNumber } from '../common/format';
import { PLOT_MARGIN, type PlotGeometry } from '../plane/plotGeometry';

const TICK_LENGTH = 5;

/** x1 along the bottom and x2 up the left side, with d3's ticks; the plot area is translated by the margin. */
export function PlotAxes({ geometry }: { geometry: PlotGeometry }) {
  const { side, x, y } = geometry;
  const count = Math.max(2, Math.round(side / 90));
  const label = (value: number) => formatNumber(value, Number.isInteger(value) ? 0 : 1);
  return (
    <g className="plot-axes" aria-hidden="true">
      <rect x={0} y={0} width={side} height={side} fill="none" stroke="#5b6470" />
      {x.ticks(count).map((value) => (
        <g key={`x${value}`} transform={`translate(${x(value)},${side})`}>
          <line y2={TICK_LENGTH} stroke="#5b6470" />
          <text y={TICK_LENGTH + 12} textAnchor="middle">
            {label(value)}
          </text>
        </g>
      ))}
      {y.ticks(count).map((value) => (
        <g key={`y${value}`} transform={`translate(0,${y(value)})`}>
          <line x2={-TICK_LENGTH} stroke="#5b6470" />
          <text x={-TICK_LENGTH - 3} dy="0.32em" textAnchor="end">
            {label(value)}
          </text>
        </g>
      ))}
      <text className="axis-title" x={side / 2} y={side + PLOT_MARGIN.bottom - 4} textAnchor="middle">
        x₁
      </text>
      <text className="axis-title" transform={`translate(${-PLOT_MARGIN.left + 12},${side / 2})`} textAnchor="middle">
        x₂
      </text>
    </g>
  );
}
