import { memo, useMemo, type PointerEvent } from 'react';
import { line, scaleLinear, scaleLog } from 'd3';
import type { CurveSample } from '../../model/curveHistory';
import { ChartAxis } from './ChartAxis';
import { formatCount } from '../common/format';
import { stepTickValues } from '../common/stepTicks';
import { isPlottable, logTickValues, valueDomain, type ValueScaleKind } from './chartDomain';

export interface ChartSeries {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly dashed?: boolean;
  value(sample: CurveSample): number;
}

export interface ValueAxis {
  readonly kind: ValueScaleKind;
  /** A fixed range with its ticks (accuracy runs 0–100 %); otherwise the range follows the data. */
  readonly fixed?: { readonly domain: readonly [number, number]; readonly ticks: readonly number[] };
  /** For a data-driven linear range: the smallest top, so a series resting at 0 stays flat on the axis. */
  readonly minimumTop?: number;
  format(value: number): string;
}

interface LineChartProps {
  /** The accessible name of the chart image. */
  label: string;
  samples: readonly CurveSample[];
  series: readonly ChartSeries[];
  valueAxis: ValueAxis;
  width: number;
  height: number;
  /** The sample under the hover rule, if any. */
  inspected: CurveSample | null;
  onInspectStep(step: number | null): void;
  testId?: string;
}

const MARGIN = { top: 8, right: 12, bottom: 22, left: 46 };
const LINEAR_TICK_COUNT = 4;

function makeValueScale(kind: ValueScaleKind, domain: readonly [number, number], height: number) {
  const scale = kind === 'log' ? scaleLog() : scaleLinear();
  return scale.domain(domain).range([height, 0]);
}

/**
 * Lines of several series against the training step. React draws the marks; D3 computes the scales and paths
 * and draws the axes. Pointer movement reports the step under the pointer; the parent decides which sample that
 * is, so several charts can share one hover rule.
 */
export const LineChart = memo(function LineChart({ label, samples, series, valueAxis, width, height, inspected, onInspectStep, testId }: LineChartProps) {
  const innerWidth = Math.max(10, width - MARGIN.left - MARGIN.right);
  const innerHeight = Math.max(10, height - MARGIN.top - MARGIN.bottom);
  const { kind } = valueAxis;

  const firstStep = samples.length > 0 ? samples[0].step : 0;
  const lastStep = samples.length > 0 ? samples[samples.length - 1].step : 0;
  const stepTickCount = Math.max(2, Math.floor(innerWidth / 70));
  // At least ten steps wide, so the first few steps get no fractional ticks; rounded out to the next tick, so
  // the step axis is redrawn only when the run passes a tick, not on every frame.
  const [stepLow, stepHigh] = scaleLinear()
    .domain([firstStep, Math.max(lastStep, firstStep + 10)])
    .nice(stepTickCount)
    .domain();
  const stepScale = useMemo(() => scaleLinear().domain([stepLow, stepHigh]).range([0, innerWidth]), [stepLow, stepHigh, innerWidth]);
  const stepTicks = useMemo(() => stepTickValues(stepLow, stepHigh, stepTickCount), [stepLow, stepHigh, stepTickCount]);

  // nice() rounds the range outward (to powers of ten on a log axis), so it and the axis change only now and then.
  const [low, high] = valueAxis.fixed
    ? valueAxis.fixed.domain
    : makeValueScale(kind, valueDomain(allValues(samples, series), kind, valueAxis.minimumTop), innerHeight).nice().domain();
  const valueScale = useMemo(() => makeValueScale(kind, [low, high], innerHeight), [kind, low, high, innerHeight]);
  const valueTicks = useMemo(
    () => valueAxis.fixed?.ticks ?? (kind === 'log' ? logTickValues([low, high]) : LINEAR_TICK_COUNT),
    [valueAxis.fixed, kind, low, high],
  );

  const paths = useMemo(
    () =>
      series.map((s) => {
        const path = line<CurveSample>()
          .defined((sample) => isPlottable(s.value(sample), kind))
          .x((sample) => stepScale(sample.step))
          .y((sample) => valueScale(s.value(sample)));
        return { series: s, d: path(samples as CurveSample[]) ?? '' };
      }),
    [series, samples, stepScale, valueScale, kind],
  );

  const latest = samples.length > 0 ? samples[samples.length - 1] : null;
  const marker = (sample: CurveSample, s: ChartSeries, className: string) => {
    const value = s.value(sample);
    if (!isPlottable(value, kind)) return null;
    return <circle key={`${className}-${s.id}`} className={className} cx={stepScale(sample.step)} cy={valueScale(value)} r={3} fill={s.color} />;
  };

  const inspectAt = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    onInspectStep(stepScale.invert(event.clientX - box.left));
  };

  return (
    <svg className="line-chart" width={width} height={height} role="img" aria-label={label} data-points={samples.length} data-testid={testId}>
      <ChartAxis
        orientation="left"
        scale={valueScale}
        ticks={valueTicks}
        format={valueAxis.format}
        gridLength={innerWidth}
        transform={`translate(${MARGIN.left},${MARGIN.top})`}
        testId={testId && `${testId}-value-axis`}
      />
      <ChartAxis
        orientation="bottom"
        scale={stepScale}
        ticks={stepTicks}
        format={formatCount}
        transform={`translate(${MARGIN.left},${MARGIN.top + innerHeight})`}
      />
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
        {paths.map(({ series: s, d }) => (
          <path key={s.id} d={d} fill="none" stroke={s.color} strokeWidth={1.75} strokeDasharray={s.dashed ? '5 3' : undefined} />
        ))}
        {latest && series.map((s) => marker(latest, s, 'chart-latest'))}
        {inspected && (
          <>
            <line className="chart-rule" x1={stepScale(inspected.step)} x2={stepScale(inspected.step)} y1={0} y2={innerHeight} />
            {series.map((s) => marker(inspected, s, 'chart-inspected'))}
          </>
        )}
        <rect
          className="chart-hover-target"
          width={innerWidth}
          height={innerHeight}
          onPointerMove={inspectAt}
          onPointerDown={inspectAt}
          onPointerLeave={(event) => {
            // A finger lifting also "leaves"; keep its read-out until the next touch.
            if (event.pointerType === 'mouse') onInspectStep(null);
          }}
        />
      </g>
    </svg>
  );
});

function* allValues(samples: readonly CurveSample[], series: readonly ChartSeries[]): Generator<number> {
  for (const s of series) for (const sample of samples) yield s.value(sample);
}
