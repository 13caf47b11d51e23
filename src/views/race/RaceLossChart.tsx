import { useMemo, useRef } from 'react';
import { visibleSamples } from '../../model/curveHistory';
import type { LaneRun } from '../../store/race/raceRunState';
import type { RaceChart } from '../../store/race/raceSettings';
import { useRace } from '../../store/race/RaceStoreContext';
import { Panel } from '../common/Panel';
import { LineChart, type ChartSeries, type ValueAxis } from '../charts/LineChart';
import { useElementWidth } from '../common/useElementWidth';
import { formatShortest } from '../../model/numberFormat';
import { LaneSwatch, laneName, laneStyle } from './laneStyle';

const HEIGHT = 260;
/** Log ticks are 1, 2 and 5 times powers of ten: "0.002", "1e−6". */
const LOSS_AXIS: ValueAxis = { kind: 'log', format: formatShortest };
/** Every lane brings its own points (lanes stop at different steps). */
const NO_SHARED_DATA: readonly StepValue[] = [];

interface StepValue {
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
function lanePoints(lane: LaneRun, chart: RaceChart): StepValue[] {
  const optimum = lane.target.kind === 'optimum' ? lane.target.loss : Number.NaN;
  const value = (loss: number) => (chart === 'loss' ? loss : loss - optimum);
  const points: StepValue[] = visibleSamples(lane.history)
    .filter((sample) => sample.step < lane.steps)
    .map((sample) => ({ step: sample.step, value: value(sample.loss) }));
  points.push({ step: lane.steps, value: value(lane.loss) });
  return points;
}

/**
 * Every lane's loss (or its gap to the best loss, where linear convergence shows as a straight line) against
 * the race step on one log-scale chart, one line (colour and dash) per lane: the lab's line chart, one series
 * per lane over that lane's own points.
 */
export function RaceLossChart() {
  const lanes = useRace((s) => s.lanes);
  const labels = useRace((s) => s.settings.lanes);
  const chart = useRace((s) => s.settings.chart);
  const setChart = useRace((s) => s.setChart);
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
      <RaceLossLines height={HEIGHT} />
    </Panel>
  );
}

/** The chart alone, as wide as its frame and `height` tall: the race view's panel and the compact summary share it. */
export function RaceLossLines({ height }: { height: number }) {
  const lanes = useRace((s) => s.lanes);
  const chart = useRace((s) => s.settings.chart);
  const frameRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(frameRef, 480);
  const series = useMemo(
    () =>
      lanes.map((lane, i): ChartSeries<StepValue> => {
        const { color, dash } = laneStyle(i);
        return { id: String(i), label: laneName(i), color, dash, data: lanePoints(lane, chart), value: (p) => p.value };
      }),
    [lanes, chart],
  );
  return (
    <div ref={frameRef} className="race-chart-frame">
      <LineChart label={CHART_TEXT[chart].description} samples={NO_SHARED_DATA} series={series} valueAxis={LOSS_AXIS} width={width} height={height} testId="race-loss-chart" />
    </div>
  );
}
