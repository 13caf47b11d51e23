import { useMemo, useRef } from 'react';
import { withoutRoundOff } from '../../model/roundOff';
import { useLab } from '../../store/LabStoreContext';
import { formatNumber } from '../common/format';
import { ChartBox } from '../charts/ChartBox';
import { ChartLegend } from '../charts/ChartLegend';
import { formatTick } from '../curves/curveReadout';
import { LineChart, type ChartSeries, type ValueAxis } from '../charts/LineChart';
import { SCENE_FOCUS } from '../common/sceneFocus';
import { useElementWidth } from '../common/useElementWidth';
import { useLiveSamples } from '../curves/useLiveSamples';
import { useStepInspection } from '../curves/useStepInspection';
import { classMeanNames } from './redundantPartStory';

const redundantNorm = (s: { redundantNorm: number; thetaNorm: number }) => withoutRoundOff(s.redundantNorm, s.thetaNorm);
const IDENTIFIABLE_SERIES: readonly ChartSeries[] = [
  { id: 'identifiableNorm', label: '‖θ − m‖, identifiable', color: '#1b1f24', value: (s) => s.identifiableNorm },
];
// Small floors keep a flat ‖m‖ flat: an axis scaled to a series stuck at 0 would magnify nothing into noise.
const REDUNDANT_AXIS: ValueAxis = { kind: 'linear', minimumTop: 0.1, format: formatTick };
const IDENTIFIABLE_AXIS: ValueAxis = { kind: 'linear', minimumTop: 1, format: formatTick };
const SIDE_BY_SIDE_WIDTH = 460;
const GAP = 12;

/** ‖m‖ and ‖θ − m‖ against step, side by side (stacked on a phone), with one hover rule and read-out. */
export function RedundantNormCharts() {
  const container = useRef<HTMLDivElement>(null);
  const width = useElementWidth(container);
  const samples = useLiveSamples();
  const parametrization = useLab((s) => s.model.parametrization);
  const redundantSeries = useMemo<readonly ChartSeries[]>(
    () => [{ id: 'redundantNorm', label: classMeanNames(parametrization).series, color: '#b23a48', value: redundantNorm }],
    [parametrization],
  );
  const { inspected, shown, inspect, sliderProps } = useStepInspection(samples);
  const sideBySide = width >= SIDE_BY_SIDE_WIDTH;
  const chartWidth = sideBySide ? Math.floor((width - GAP) / 2) : width;
  const readout =
    shown === null
      ? 'No steps yet.'
      : `Step ${shown.step}: ‖m‖ ${formatNumber(redundantNorm(shown), 4)}, ‖θ − m‖ ${formatNumber(shown.identifiableNorm, 4)}${inspected === null ? ' (latest)' : ''}.`;

  return (
    <div ref={container} className="norm-charts-block" {...SCENE_FOCUS}>
      <div className={sideBySide ? 'norm-charts norm-charts-row' : 'norm-charts'} aria-label="Inspect a step of ‖m‖ and ‖θ − m‖" {...sliderProps(readout)}>
        <div>
          <ChartLegend series={redundantSeries} />
          <ChartBox base={110}>
            {(height) => (
              <LineChart
                label="Norm of the class-mean m against step"
                samples={samples}
                series={redundantSeries}
                valueAxis={REDUNDANT_AXIS}
                width={chartWidth}
                height={height}
                inspected={inspected}
                onInspectStep={inspect}
                testId="redundant-norm-chart"
              />
            )}
          </ChartBox>
        </div>
        <div>
          <ChartLegend series={IDENTIFIABLE_SERIES} />
          <ChartBox base={110}>
            {(height) => (
              <LineChart
                label="Norm of the identifiable part θ − m against step"
                samples={samples}
                series={IDENTIFIABLE_SERIES}
                valueAxis={IDENTIFIABLE_AXIS}
                width={chartWidth}
                height={height}
                inspected={inspected}
                onInspectStep={inspect}
                testId="identifiable-norm-chart"
              />
            )}
          </ChartBox>
        </div>
      </div>
      <p className="chart-readout">{readout}</p>
    </div>
  );
}
