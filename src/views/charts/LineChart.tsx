import { memo, useMemo, type PointerEvent } from 'react';
import { line, scaleLinear, scaleLog } from 'd3';
import type { CurveSample } from '../../model/curveHistory';
import { ChartAxis } from './ChartAxis';
import { formatCount } from '../common/format';
import { stepTickValues } from '../common/stepTicks';
import { isPlottable, logTickValues, valueDomain, type ValueScaleKind } from './chartDomain';
// The chart's own styles come with it: without them its hover target, a rect, paints the plot black (SVG's
// default fill) wherever no other panel has loaded this file yet, as in the presentation layout.
import './charts.css';

/** Anything drawn against the training step. */
export interface StepDatum {
  readonly step: number;
}

/**
 * One line: an accessor for its value over the chart's data (Observable Plot's way: marks take accessors, not
 * prepared arrays), or over its own `data` when series differ in their steps (race lanes stop at different steps).
 */
export interface ChartSeries<D extends StepDatum = CurveSample> {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  /** An SVG dash pattern ("5 3"); solid when absent. */
  readonly dash?: string;
  /** This series' own data, instead of the chart's. */
  readonly data?: readonly D[];
  value(datum: D): number;
}

export interface ValueAxis {
  readonly kind: ValueScaleKind;
  /** A fixed range with its ticks (accuracy runs 0–100 %); otherwise the range follows the data. */
  readonly fixed?: { readonly domain: readonly [number, number]; readonly ticks: readonly number[] };
  /** For a data-driven linear range: the smallest top, so a series resting at 0 stays flat on the axis. */
  readonly minimumTop?: number;
  format(value: number): string;
}

interface LineChartProps<D extends StepDatum> {
  /** The accessible name of the chart image. */
  label: string;
  /** The data every series without its own is drawn from. */
  samples: readonly D[];
  series: readonly ChartSeries<D>[];
  valueAxis: ValueAxis;
  width: number;
  height: number;
  /** The datum under the hover rule, if any; a chart without `onInspectStep` has no hover rule. */
  inspected?: D | null;
  onInspectStep?(step: number | null): void;
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
 * and draws the axes. Pointer movement reports the step under the pointer; the parent decides which datum that
 * is, so several charts can share one hover rule.
 */
function LineChartOf<D extends StepDatum>({ label, samples, series, valueAxis, width, height, inspected = null, onInspectStep, testId }: LineChartProps<D>) {
  const innerWidth = Math.max(10, width - MARGIN.left - MARGIN.right);
  const innerHeight = Math.max(10, height - MARGIN.top - MARGIN.bottom);
  const { kind } = valueAxis;
  const dataOf = (s: ChartSeries<D>) => s.data ?? samples;

  const [firstStep, lastStep] = stepExtent(series.map(dataOf));
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
    : makeValueScale(kind, valueDomain(allValues(series, dataOf), kind, valueAxis.minimumTop), innerHeight).nice().domain();
  const valueScale = useMemo(() => makeValueScale(kind, [low, high], innerHeight), [kind, low, high, innerHeight]);
  const valueTicks = useMemo(
    () => valueAxis.fixed?.ticks ?? (kind === 'log' ? logTickValues([low, high]) : LINEAR_TICK_COUNT),
    [valueAxis.fixed, kind, low, high],
  );

  const paths = series.map((s) => {
    const path = line<D>()
      .defined((datum) => isPlottable(s.value(datum), kind))
      .x((datum) => stepScale(datum.step))
      .y((datum) => valueScale(s.value(datum)));
    return { series: s, d: path(dataOf(s) as D[]) ?? '' };
  });

  const marker = (datum: D | undefined, s: ChartSeries<D>, className: string) => {
    const value = datum === undefined ? Number.NaN : s.value(datum);
    if (datum === undefined || !isPlottable(value, kind)) return null;
    return <circle key={`${className}-${s.id}`} className={className} cx={stepScale(datum.step)} cy={valueScale(value)} r={3} fill={s.color} />;
  };

  const inspectAt = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    onInspectStep?.(stepScale.invert(event.clientX - box.left));
  };

  return (
    <svg className="line-chart" width={width} height={height} role="img" aria-label={label} data-points={Math.max(0, ...series.map((s) => dataOf(s).length))} data-testid={testId}>
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
          <path key={s.id} d={d} fill="none" stroke={s.color} strokeWidth={1.75} strokeDasharray={s.dash} />
        ))}
        {series.map((s) => marker(dataOf(s).at(-1), s, 'chart-latest'))}
        {inspected && (
          <>
            <line className="chart-rule" x1={stepScale(inspected.step)} x2={stepScale(inspected.step)} y1={0} y2={innerHeight} />
            {series.map((s) => marker(inspected, s, 'chart-inspected'))}
          </>
        )}
        {onInspectStep && <rect className="chart-hover-target" width={innerWidth} height={innerHeight} {...hoverHandlers(inspectAt, onInspectStep)} />}
      </g>
    </svg>
  );
}

export const LineChart = memo(LineChartOf) as typeof LineChartOf;

function hoverHandlers(inspectAt: (event: PointerEvent<SVGRectElement>) => void, onInspectStep: (step: number | null) => void) {
  return {
    onPointerMove: inspectAt,
    onPointerDown: inspectAt,
    // A finger lifting also "leaves"; keep its read-out until the next touch.
    onPointerLeave: (event: PointerEvent<SVGRectElement>) => event.pointerType === 'mouse' && onInspectStep(null),
  };
}

/** The first and last step over every series' data; [0, 0] when there is none. */
function stepExtent(datasets: readonly (readonly StepDatum[])[]): [number, number] {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const data of datasets) {
    if (data.length === 0) continue;
    first = Math.min(first, data[0].step);
    last = Math.max(last, data[data.length - 1].step);
  }
  return first > last ? [0, 0] : [first, last];
}

function* allValues<D extends StepDatum>(series: readonly ChartSeries<D>[], dataOf: (s: ChartSeries<D>) => readonly D[]): Generator<number> {
  for (const s of series) for (const datum of dataOf(s)) yield s.value(datum);
}
