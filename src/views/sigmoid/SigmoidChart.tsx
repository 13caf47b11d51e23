import { useMemo } from 'react';
import { line, scaleLinear } from 'd3';
import type { Dataset } from '../../model/dataset';
import { sigmoid } from '../../model/sigmoid';
import { classColor } from '../common/palette';
import { formatNumber } from '../common/format';
import { ChartAxis } from '../charts/ChartAxis';
import { markerPath } from '../decisionRegions/classShapes';
import type { SigmoidPoints } from './sigmoidPoints';

const MARGIN = { top: 10, right: 14, bottom: 40, left: 46 } as const;
const HEIGHT = 220;
const MARKER_RADIUS = 4;
/** The s-axis always spans at least ±6, where σ goes from 0.0025 to 0.9975: the whole S shape is in view. */
const MIN_REACH = 6;
const CURVE_SAMPLES = 241;

/** σ(s) as a curve and every point at (s, P(y=1|x)), each in its class's shape and colour. */
export function SigmoidChart({ width, data, points }: { width: number; data: Dataset; points: SigmoidPoints }) {
  const innerWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  let low = -MIN_REACH;
  let high = MIN_REACH;
  for (const s of points.scores) {
    if (s < low) low = s;
    if (s > high) high = s;
  }
  const x = useMemo(() => scaleLinear().domain([low, high]).nice().range([0, innerWidth]), [low, high, innerWidth]);
  const y = useMemo(() => scaleLinear().domain([0, 1]).range([innerHeight, 0]), [innerHeight]);
  const [from, to] = x.domain();
  const curve =
    line()(Array.from({ length: CURVE_SAMPLES }, (_, i) => {
      const s = from + ((to - from) * i) / (CURVE_SAMPLES - 1);
      return [x(s), y(sigmoid(s))];
    })) ?? '';
  const marks = Array.from({ length: data.classes }, () => [] as string[]);
  data.labels.forEach((label, i) => marks[label].push(markerPath(label, x(points.scores[i]), y(points.probabilities[i]), MARKER_RADIUS)));

  return (
    <svg width={width} height={HEIGHT} className="sigmoid-chart" role="img" aria-label="P(y=1|x) of every point against s, on the curve σ(s)">
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
        <ChartAxis orientation="bottom" scale={x} ticks={Math.max(2, Math.round(innerWidth / 70))} format={tick} transform={`translate(0,${innerHeight})`} />
        <ChartAxis orientation="left" scale={y} ticks={[0, 0.5, 1]} format={tick} gridLength={innerWidth} transform="" />
        <path className="sigmoid-curve" d={curve} data-testid="sigmoid-curve" />
        {marks.map((parts, k) =>
          parts.length === 0 ? null : <path key={k} d={parts.join('')} fill={classColor(k)} stroke="#1b1f24" strokeWidth={1} data-class={k} className="sigmoid-points" />,
        )}
        <text className="axis-title" x={innerWidth / 2} y={innerHeight + MARGIN.bottom - 6} textAnchor="middle">
          s = (θ₁ − θ₀)·x̃
        </text>
        <text className="axis-title" transform={`translate(${-MARGIN.left + 12},${innerHeight / 2}) rotate(-90)`} textAnchor="middle">
          P(y=1|x)
        </text>
      </g>
    </svg>
  );
}

const tick = (value: number) => formatNumber(value, Number.isInteger(value) ? 0 : 1);
