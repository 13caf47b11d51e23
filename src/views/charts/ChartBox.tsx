import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';

/**
 * A box for one chart, `base` pixels tall, or taller where a layout stretches it to fill its panel: the compact
 * scene cells (presentation, read view, lesson embed; src/app/compactPanels.css) mark the box with
 * `--chart-fill: 1`, grow it in proportion to its base height and take the chart out of the flow, so the chart's
 * own height never feeds back into the box's. Elsewhere the chart keeps its base height.
 */
export function ChartBox({ base, children }: { base: number; children: (height: number) => ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(base);
  useLayoutEffect(() => {
    const element = box.current;
    if (element === null) return;
    const measure = () => {
      const fills = getComputedStyle(element).getPropertyValue('--chart-fill').trim() === '1';
      setHeight(fills ? Math.max(base, Math.floor(element.clientHeight)) : base);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [base]);
  const style = { '--chart-base': `${base}px`, flexGrow: base } as CSSProperties;
  return (
    <div ref={box} className="chart-box" style={style}>
      {children(height)}
    </div>
  );
}
