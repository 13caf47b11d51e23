import { useRef } from 'react';
import { Panel } from '../common/Panel';
import { useLab } from '../../store/LabStoreContext';
import { LineChart, type ChartSeries, type ValueAxis } from '../charts/LineChart';
import { ChartBox } from '../charts/ChartBox';
import { ChartLegend } from '../charts/ChartLegend';
import { describeSample, formatPercentTick, formatTick } from './curveReadout';
import { useElementWidth } from '../common/useElementWidth';
import { useLiveSamples } from './useLiveSamples';
import { useStepInspection } from './useStepInspection';
import './curves.css';

const LOSS_SERIES: readonly ChartSeries[] = [
  { id: 'loss', label: 'Loss J', color: '#1b1f24', value: (s) => s.loss },
  { id: 'gradNorm', label: 'Gradient norm ‖∇J‖', color: '#7b3fa0', dash: '5 3', value: (s) => s.gradNorm },
];
const ACCURACY_SERIES: readonly ChartSeries[] = [{ id: 'accuracy', label: 'Training accuracy', color: '#1b1f24', value: (s) => s.accuracy }];

const LOG_AXIS: ValueAxis = { kind: 'log', format: formatTick };
const LINEAR_AXIS: ValueAxis = { kind: 'linear', format: formatTick };
const ACCURACY_AXIS: ValueAxis = { kind: 'linear', fixed: { domain: [0, 1], ticks: [0, 0.5, 1] }, format: formatPercentTick };

export function TrainingCurvesPanel() {
  const logScale = useLab((s) => s.view.curvesLogScale);
  const setView = useLab((s) => s.setView);
  const toggle = (
    <label className="panel-toggle">
      <input type="checkbox" checked={logScale} onChange={(event) => setView({ curvesLogScale: event.target.checked })} />
      Log scale
    </label>
  );
  return (
    <Panel title="Training curves" className="curves-panel" actions={toggle}>
      <TrainingCurves logScale={logScale} />
    </Panel>
  );
}

/** Loss and gradient norm on one chart (log or linear), accuracy below, one hover rule and read-out for both. */
function TrainingCurves({ logScale }: { logScale: boolean }) {
  const container = useRef<HTMLDivElement>(null);
  const width = useElementWidth(container);
  const samples = useLiveSamples();
  const stride = useLab((s) => s.history.stride);
  const { inspected, shown, inspect, sliderProps } = useStepInspection(samples);
  const readout = shown === null ? 'No steps yet.' : `${describeSample(shown)}${inspected === null ? ' (latest)' : ''}.`;

  return (
    <div className="curves" ref={container}>
      <div className="curves-charts" aria-label="Inspect a training step" {...sliderProps(readout)}>
        <ChartLegend series={LOSS_SERIES} note={logScale ? 'log scale' : 'linear scale'} />
        <ChartBox base={150}>
          {(height) => (
            <LineChart
              label={`Loss and gradient norm against step, ${logScale ? 'log' : 'linear'} scale`}
              samples={samples}
              series={LOSS_SERIES}
              valueAxis={logScale ? LOG_AXIS : LINEAR_AXIS}
              width={width}
              height={height}
              inspected={inspected}
              onInspectStep={inspect}
              testId="loss-chart"
            />
          )}
        </ChartBox>
        <ChartLegend series={ACCURACY_SERIES} />
        <ChartBox base={90}>
          {(height) => (
            <LineChart
              label="Training accuracy against step"
              samples={samples}
              series={ACCURACY_SERIES}
              valueAxis={ACCURACY_AXIS}
              width={width}
              height={height}
              inspected={inspected}
              onInspectStep={inspect}
              testId="accuracy-chart"
            />
          )}
        </ChartBox>
      </div>
      <p className="chart-readout" data-testid="curves-readout">
        {readout}
      </p>
      <p className="chart-hint">
        Point at the charts, or focus them and use ← → (Home, End), to read an earlier step.
        {stride > 1 && ` Older steps are thinned to one point every ${stride} steps, so any run fits in memory.`}
      </p>
    </div>
  );
}
