import { scaleLog, scalePoint } from 'd3';
import { formatNumber } from '../common/format';
import type { SpectrumSummary } from './spectrum';
import { logDomain, logPosition, logTicks } from './spectrumAxis';

const MARGIN = { top: 10, right: 12, bottom: 58, left: 50 };
const PLOT_HEIGHT = 140;
/** How far below the log axis the zero eigenvalues sit: they have no place on a log scale. */
const ZERO_ROW_OFFSET = 16;

/**
 * Eigenvalues largest first, as dots on a log scale; those that count as zero are drawn as hollow markers in
 * a row of their own below the axis.
 */
export function SpectrumChart({ summary, width }: { summary: SpectrumSummary; width: number }) {
  const { values, zeroThreshold } = summary;
  const isZero = (value: number) => Math.abs(value) <= zeroThreshold;
  const positives = Array.from(values).filter((value) => !isZero(value) && value > 0);
  const domain = logDomain(positives);
  const [low, high] = domain;
  const plotBottom = MARGIN.top + PLOT_HEIGHT;
  const zeroRow = plotBottom + ZERO_ROW_OFFSET;
  const height = plotBottom + MARGIN.bottom;
  const y = scaleLog().domain([low, high]).range([plotBottom, MARGIN.top]);
  const ranks = Array.from(values, (_, i) => i + 1);
  const x = scalePoint<number>().domain(ranks).range([MARGIN.left, width - MARGIN.right]).padding(0.6);
  const ticks = logTicks(low, high);
  const labelEvery = Math.ceil(values.length / Math.max(1, Math.floor((width - MARGIN.left - MARGIN.right) / 22)));
  const zeroCount = values.filter(isZero).length;
  const description =
    `${values.length} eigenvalues on a log scale, from ${formatNumber(values[0])} down to ` +
    `${formatNumber(values[values.length - 1])}${zeroCount > 0 ? `; ${zeroCount} of them zero, drawn below the axis` : ''}.`;

  return (
    <svg className="spectrum-chart" width={width} height={height} role="img" aria-label={description}>
      {ticks.map(({ value, label }) => (
        <g key={value} transform={`translate(0, ${y(value)})`}>
          <line className="spectrum-grid" x1={MARGIN.left} x2={width - MARGIN.right} />
          <text className="spectrum-tick" x={MARGIN.left - 6} dy="0.32em" textAnchor="end">
            {label}
          </text>
        </g>
      ))}
      <line className="spectrum-axis" x1={MARGIN.left} x2={width - MARGIN.right} y1={plotBottom + 4} y2={plotBottom + 4} />
      <text className="spectrum-tick spectrum-zero-label" x={MARGIN.left - 6} y={zeroRow} dy="0.32em" textAnchor="end">
        0
      </text>
      {ranks.map((rank, i) => {
        const value = values[i];
        const cx = x(rank) ?? 0;
        return (
          <g key={rank}>
            {isZero(value) || value < 0 ? (
              <circle className="spectrum-dot-zero" cx={cx} cy={zeroRow} r={4.5} />
            ) : (
              <circle className="spectrum-dot" cx={cx} cy={y(logPosition(value, domain))} r={4.5} />
            )}
            {(i % labelEvery === 0 || i === values.length - 1) && (
              <text className="spectrum-tick" x={cx} y={zeroRow + 22} textAnchor="middle">
                {rank}
              </text>
            )}
          </g>
        );
      })}
      <text className="spectrum-axis-title" x={(MARGIN.left + width - MARGIN.right) / 2} y={height - 4} textAnchor="middle">
        eigenvalue number (largest first)
      </text>
      <text className="spectrum-axis-title" transform={`translate(12, ${MARGIN.top + PLOT_HEIGHT / 2}) rotate(-90)`} textAnchor="middle">
        h (log scale)
      </text>
    </svg>
  );
}
