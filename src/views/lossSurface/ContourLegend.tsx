import { formatNumber } from '../common/format';
import { bandColor } from './LossSurfaceChart';
import type { ContourLevels } from './contourLevels';

const HEIGHT = 40;
const BAR_TOP = 16;
const BAR_HEIGHT = 10;
/** Leave room for a label of about this width between labelled edges. */
const LABEL_SPACING = 44;

/** The colour bands of the contour plot with the J value at their edges. */
export function ContourLegend({ levels, left, width }: { levels: ContourLevels; left: number; width: number }) {
  const edges = [levels.min, ...levels.thresholds, levels.max];
  const bands = edges.length - 1;
  const bandWidth = width / Math.max(1, bands);
  const labelEvery = Math.max(1, Math.ceil(LABEL_SPACING / bandWidth));
  return (
    <svg className="slice-legend" width={left + width + 20} height={HEIGHT} aria-hidden="true">
      <text className="slice-tick" x={left} y={10}>
        J, the loss (darker = lower)
      </text>
      {Array.from({ length: bands }, (_, i) => (
        <rect key={i} x={left + i * bandWidth} y={BAR_TOP} width={bandWidth + 0.5} height={BAR_HEIGHT} fill={bandColor(i, bands)} />
      ))}
      {edges.map((edge, i) =>
        (i % labelEvery === 0 && bands - i >= labelEvery) || i === bands ? (
          <text key={i} className="slice-tick" x={left + i * bandWidth} y={BAR_TOP + BAR_HEIGHT + 12} textAnchor={i === 0 ? 'start' : i === bands ? 'end' : 'middle'}>
            {formatNumber(edge, 2)}
          </text>
        ) : null,
      )}
    </svg>
  );
}
