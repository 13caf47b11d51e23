import { useMemo, useRef } from 'react';
import { line, scaleLinear, scaleLog } from 'd3';
import { visibleSamples } from '../../model/curveHistory';
import type { LaneRun } from '../../store/race/raceRunState';
import type { RaceChart } from '../../store/race/raceSettings';
import { useRace, useRaceStore } from '../../store/race/RaceStoreContext';
import { Panel } from '../common/Panel';
import { ChartAxis } from '../curves/ChartAxis';
import { isPlottable, logTickValues, valueDomain } from '../curves/chartDomain';
import { useElementWidth } from '../common/useElementWidth';
import { formatShortest } from '../../model/numberFormat';
import { formatCount } from '../common/format';
import { LaneSwatch, laneName, laneStyle } from './laneStyle';
import { stepTickValues } from '../common/stepTicks';

const HEIGHT = 260;
const MARGIN = { top: 10, right: 14, bottom: 24, left: 52 };
/** Log ticks are 1, 2 and 5 times powers of ten: "0.002", "1e−6". */
const formatLossTick = formatShortest;

interface Point {
  readonly step: number;
  readonly value: number;
}

const CHART_TEXT: Record<RaceChart, { readonly axis: string; readonly description: string }> = {
  loss: { axis: 'loss J, log scale', description: 'Loss J of every lane against the race step, on a log scale' },
  gap: {
    axis: 'J − J*, log scale',
    description: 'Gap between each lane’s loss and the lowest loss J* of its objective, against the race step, on a log scale',
  },
};

/**
 * The lane's recorded losses, then its loss now (the recorded ones are taken at θ before each step); as gaps, each
 * minus J* of the lane's objective (no line where there is no J*).
 */
function lanePoints(lane: LaneRun, chart: RaceChart): Point[] {
  const optimum = lane.target.kind === 'optimum' ? lane.target.loss : Number.NaN;
  const value = (loss: number) => (chart === 'loss' ? loss : loss - optimum);
  const points: Point[] = visibleSamples(lane.history)
    .filter((sample) => sample.step < lane.steps)
    .map((sample) => ({ step: sample.step, value: value(sample.loss) }));
  points.push({ step: lane.steps, value: value(lane.loss) });
  return points;
}

/**
 * Every lane's loss (or its gap to the best loss, where linear convergence shows as a straight line) against
 * the race step on one log-scale chart, one line (colour and dash) per lane.
 */
export function RaceLossChart() {
  const lanes = useRace((s) => s.lanes);
  const labels = useRace((s) => s.settings.lanes);
  const step = useRace((s) => s.step);
  const chart = useRace((s) => s.settings.chart);
  const setChart = useRaceStore().getState().setChart;
  const frameRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(frameRef, 480);
  const innerWidth = Math.max(10, width - MARGIN.left - MARGIN.right);
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;

  const series = useMemo(() => lanes.map((lane) => lanePoints(lane, chart)), [lanes, chart]);
  const lastStep = Math.max(step, 10);
  const stepScale = useMemo(() => scaleLinear().domain([0, lastStep]).range([0, innerWidth]), [lastStep, innerWidth]);
  const stepAxisTicks = useMemo(() => stepTickValues(0, lastStep, Math.max(2, Math.floor(innerWidth / 70))), [lastStep, innerWidth]);
  const [low, high] = scaleLog()
    .domain(valueDomain(series.flatMap((points) => points.map((p) => p.value)), 'log'))
    .nice()
    .domain();
  const lossScale = useMemo(() => scaleLog().domain([low, high]).range([innerHeight, 0]), [low, high, innerHeight]);
  const lossTicks = useMemo(() => logTickValues([low, high]), [low, high]);
  const paths = series.map(
    (points) =>
      line<Point>()
        .defined((p) => isPlottable(p.value, 'log'))
        .x((p) => stepScale(p.step))
        .y((p) => lossScale(p.value))(points) ?? '',
  );

  return (
    <Panel
      title="Race loss"
      className="race-chart"
      actions={
        <label className="race-checkbox race-chart-toggle">
          <input type="checkbox" checked={chart === 'gap'} onChange={(event) => setChart(event.target.checked ? 'gap' : 'loss')} />
          Plot gap to J*
        </label>
      }
    >
      <div className="race-legend">
        {labels.map((lane, i) => (
          <span key={i} className="race-legend-item">
            <LaneSwatch index={i} /> {laneName(i)} · {lane.label}
            {chart === 'gap' && lanes[i]?.target.kind !== 'optimum' && ' (no J*, no line)'}
          </span>
        ))}
        <span className="race-note">{CHART_TEXT[chart].axis}</span>
      </div>
      <div ref={frameRef} className="race-chart-frame">
        <svg width={width} height={HEIGHT} role="img" aria-label={CHART_TEXT[chart].description} className="race-chart-svg">
          <ChartAxis
            orientation="left"
            scale={lossScale}
            ticks={lossTicks}
            format={formatLossTick}
            gridLength={innerWidth}
            transform={`translate(${MARGIN.left},${MARGIN.top})`}
          />
          <ChartAxis
            orientation="bottom"
            scale={stepScale}
            ticks={stepAxisTicks}
            format={formatCount}
            transform={`translate(${MARGIN.left},${MARGIN.top + innerHeight})`}
          />
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            {paths.map((d, i) => (
              <path key={i} d={d} fill="none" stroke={laneStyle(i).color} strokeDasharray={laneStyle(i).dash} strokeWidth={2} />
            ))}
          </g>
        </svg>
      </div>
    </Panel>
  );
}
