import { useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useLabStore } from '../../store/LabStoreContext';
import { CHART_INTERVAL_MS } from '../common/readoutThrottle';
import { useReadout } from '../common/useReadout';
import { formatShortest } from '../common/format';
import { formatNumber } from '../common/format';
import { padRange, shiftForKey, type Shift } from './shiftAllClasses';

const SIZE = 168;
const HALF = SIZE / 2;

/** Where a θ value sits across the pad (range = the value at its edge); values beyond the edge stay on it. */
function toPixel(value: number, range: number): number {
  return HALF + (Math.max(-range, Math.min(range, value)) / range) * HALF;
}

interface ShiftPadProps {
  /** The class-mean m = (m_b, m_w1, m_w2), cleaned of round-off. */
  mean: Shift;
  disabled: boolean;
  /** The ids of the texts that explain the pad and report what it did. */
  describedBy: string;
  /** `continues` is true for the moves of a drag after its first. */
  onShift(shift: Shift, continues: boolean): void;
}

/**
 * A plane of (w1, w2) with a dot at the class-mean m and its recent path. Dragging moves the dot, that is, adds
 * the same (0, c_w1, c_w2) to every class; the arrow keys do it in steps, Page Up/Down shift the biases.
 */
export function ShiftPad({ mean, disabled, describedBy, onShift }: ShiftPadProps) {
  const store = useLabStore();
  const trajectory = useReadout((s) => s.trajectory, Object.is, CHART_INTERVAL_MS);
  const liveRange = padRange(Math.max(Math.abs(mean[1]), Math.abs(mean[2])));
  // The scale must not change under the pointer, or the dot would run away from it: a drag keeps its range.
  const [dragRange, setDragRange] = useState<number | null>(null);
  const range = dragRange ?? liveRange;

  const path = useMemo(
    () =>
      trajectory
        .map(({ redundant: m }) => {
          return `${toPixel(m[1], range).toFixed(1)},${(SIZE - toPixel(m[2], range)).toFixed(1)}`;
        })
        .join(' '),
    [trajectory, range],
  );

  const moveTo = (event: PointerEvent<HTMLDivElement>, continues: boolean) => {
    const box = event.currentTarget.getBoundingClientRect();
    const scale = range / (box.width / 2);
    const w1 = Math.max(-range, Math.min(range, (event.clientX - box.left - box.width / 2) * scale));
    const w2 = Math.max(-range, Math.min(range, (box.height / 2 - (event.clientY - box.top)) * scale));
    // Read m from the store, not from props: several pointer moves may arrive before React renders again.
    const m = store.getState().summary.redundant;
    onShift([0, w1 - m[1], w2 - m[2]], continues);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const shift = shiftForKey(event.key, event.shiftKey);
    if (shift === null) return;
    // The arrow keys also step training app-wide; on the pad they shift instead.
    event.preventDefault();
    event.stopPropagation();
    if (!disabled) onShift(shift, false);
  };

  const outside = Math.abs(mean[1]) > range || Math.abs(mean[2]) > range;
  const dotX = toPixel(mean[1], range);
  const dotY = SIZE - toPixel(mean[2], range);

  return (
    <div
      className="shift-pad"
      role="slider"
      tabIndex={0}
      aria-label="Shift all classes"
      aria-describedby={describedBy}
      aria-disabled={disabled || undefined}
      aria-valuemin={-range}
      aria-valuemax={range}
      aria-valuenow={Math.round(mean[1] * 1000) / 1000}
      aria-valuetext={`m = (b ${formatNumber(mean[0])}, w1 ${formatNumber(mean[1])}, w2 ${formatNumber(mean[2])})`}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        if (disabled) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        setDragRange(range);
        moveTo(event, false);
      }}
      onPointerMove={(event) => {
        if (dragRange !== null) moveTo(event, true);
      }}
      onPointerUp={() => setDragRange(null)}
      onPointerCancel={() => setDragRange(null)}
    >
      <svg width={SIZE} height={SIZE} aria-hidden="true">
        <rect className="shift-pad-frame" x={0.5} y={0.5} width={SIZE - 1} height={SIZE - 1} />
        {[0.5, 1.5].map((q) => (
          <g key={q} className="shift-pad-grid">
            <line x1={q * HALF} x2={q * HALF} y1={0} y2={SIZE} />
            <line y1={q * HALF} y2={q * HALF} x1={0} x2={SIZE} />
          </g>
        ))}
        <line className="shift-pad-axis" x1={HALF} x2={HALF} y1={0} y2={SIZE} />
        <line className="shift-pad-axis" y1={HALF} y2={HALF} x1={0} x2={SIZE} />
        <text x={SIZE - 4} y={HALF - 4} textAnchor="end">w₁ {formatShortest(range, 6)}</text>
        <text x={HALF + 4} y={12}>w₂ {formatShortest(range, 6)}</text>
        <polyline className="shift-pad-trail" points={path} />
        <circle className={outside ? 'shift-pad-dot shift-pad-dot-outside' : 'shift-pad-dot'} cx={dotX} cy={dotY} r={6} />
        <text className="shift-pad-dot-label" x={dotX + 9} y={dotY + 4}>
          m
        </text>
      </svg>
    </div>
  );
}
