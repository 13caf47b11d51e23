import type { ChartSeries } from './LineChart';

/** The series' names with their line styles, above a chart; `note` adds e.g. the scale. */
export function ChartLegend({ series, note }: { series: readonly Pick<ChartSeries, 'id' | 'label' | 'color' | 'dash'>[]; note?: string }) {
  return (
    <div className="chart-legend">
      {series.map((s) => (
        <span key={s.id} className="chart-legend-item">
          <svg width="22" height="8" aria-hidden="true">
            <line x1="1" x2="21" y1="4" y2="4" stroke={s.color} strokeWidth="2" strokeDasharray={s.dash} />
          </svg>
          {s.label}
        </span>
      ))}
      {note && <span className="chart-legend-note">{note}</span>}
    </div>
  );
}
