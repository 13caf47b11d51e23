import { useLayoutEffect, useRef } from 'react';
import { axisBottom, axisLeft, select, type AxisScale, type NumberValue } from 'd3';

interface ChartAxisProps {
  orientation: 'left' | 'bottom';
  scale: AxisScale<number>;
  /** Exact tick values, or a rough tick count for d3 to choose them. */
  ticks: readonly number[] | number;
  format(value: number): string;
  /** Draws each tick across the plot as a grid line of this length. */
  gridLength?: number;
  transform: string;
  testId?: string;
}

/** An axis that D3 draws into a <g> React owns; redrawn only when its scale or ticks change. */
export function ChartAxis({ orientation, scale, ticks, format, gridLength, transform, testId }: ChartAxisProps) {
  const ref = useRef<SVGGElement>(null);
  useLayoutEffect(() => {
    if (ref.current === null) return;
    const axis = (orientation === 'left' ? axisLeft(scale) : axisBottom(scale)).tickFormat((value: NumberValue) => format(Number(value)));
    if (typeof ticks === 'number') axis.ticks(ticks);
    else axis.tickValues(ticks);
    if (gridLength !== undefined) axis.tickSizeInner(-gridLength).tickSizeOuter(0);
    select(ref.current).call(axis);
  }, [orientation, scale, ticks, format, gridLength]);
  return <g ref={ref} className={`chart-axis chart-axis-${orientation}${gridLength === undefined ? '' : ' chart-grid'}`} transform={transform} data-testid={testId} />;
}
