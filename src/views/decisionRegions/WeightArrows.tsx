import { ROW } from '../../model/parameters';
import { useLab } from '../../store/LabStoreContext';
import { formatNumber } from '../common/format';
import { classColor } from '../common/palette';
import type { PlotGeometry } from '../plane/plotGeometry';

/** The longest arrow spans this share of half the plot: weights grow without bound on separable data. */
const LONGEST_SHARE = 0.4;
const HEAD = 9;

/**
 * Each class's centred weight vector w_k − mean w (taken from θ − m) as an arrow from the origin (or the plot's
 * centre when the origin is off the plot), in its class colour. A single w_k is not identifiable: shifting
 * every class by the same c moves it while no region changes, so the arrows show what the data fix. The
 * boundary between k and l is perpendicular to w_k − w_l, the difference of their arrows. Arrows are scaled
 * together so the longest has a fixed length.
 */
export function WeightArrows({ geometry }: { geometry: PlotGeometry }) {
  const identifiable = useLab((s) => s.identifiable);
  const { side, domain, x, y } = geometry;
  const classes = identifiable.length / ROW;
  const weights = Array.from({ length: classes }, (_, k) => [identifiable[ROW * k + 1], identifiable[ROW * k + 2]] as const);
  const longest = Math.max(...weights.map(([w1, w2]) => Math.hypot(w1, w2)));
  if (!Number.isFinite(longest)) return null;
  if (longest === 0) {
    return (
      <text x={side - 6} y={14} textAnchor="end" className="weight-scale">
        wₖ − mean w = 0 for every class: no arrows yet
      </text>
    );
  }

  const inside = (value: number, [low, high]: readonly [number, number]) => value >= low && value <= high;
  const originVisible = inside(0, domain.x1) && inside(0, domain.x2);
  const tailX = originVisible ? x(0) : side / 2;
  const tailY = originVisible ? y(0) : side / 2;
  const scale = (LONGEST_SHARE * side) / 2 / longest;

  return (
    <g className="weight-arrows">
      <circle cx={tailX} cy={tailY} r={2.5} fill="#1b1f24" />
      {weights.map(([w1, w2], k) => {
        const length = Math.hypot(w1, w2) * scale;
        if (length < 1) return null;
        // Screen y grows downwards, so w2 flips sign.
        const ux = w1 / Math.hypot(w1, w2);
        const uy = -w2 / Math.hypot(w1, w2);
        const tipX = tailX + ux * length;
        const tipY = tailY + uy * length;
        const head = Math.min(HEAD, length * 0.6);
        const baseX = tipX - ux * head;
        const baseY = tipY - uy * head;
        return (
          <g key={k} data-class={k}>
            <line x1={tailX} y1={tailY} x2={baseX} y2={baseY} stroke="#1b1f24" strokeWidth={4.5} strokeLinecap="round" />
            <line x1={tailX} y1={tailY} x2={baseX} y2={baseY} stroke={classColor(k)} strokeWidth={2.5} strokeLinecap="round" />
            <path
              d={`M${tipX},${tipY}L${baseX - uy * head * 0.5},${baseY + ux * head * 0.5}L${baseX + uy * head * 0.5},${baseY - ux * head * 0.5}Z`}
              fill={classColor(k)}
              stroke="#1b1f24"
              strokeWidth={1}
            />
            <text x={tipX + ux * 10} y={tipY + uy * 10} dy="0.32em" textAnchor="middle" className="weight-label">
              w{k}
            </text>
          </g>
        );
      })}
      <text x={side - 6} y={14} textAnchor="end" className="weight-scale">
        longest ‖wₖ − mean w‖ = {formatNumber(longest)}
      </text>
    </g>
  );
}
