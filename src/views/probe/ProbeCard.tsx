import type { PlanePoint } from '../../model/regionBoundaries';
import { ProbabilityReadout } from '../decisionRegions/ProbabilityReadout';
import { PLOT_MARGIN, type PlotGeometry } from '../plane/plotGeometry';
import './probe.css';

/** The card's corner sits this far (CSS pixels) from the pointer, so the finger or cursor does not cover it. */
const GAP = 14;

/**
 * P(y=k|x) of the probed point in a small card beside it, inside the plot: right of and below the point in the
 * plot's top-left half, flipped left and up past the middle, so it stays inside the plot at any size.
 * It ignores the pointer, so hovering and clicking go through to the plot.
 */
export function ProbeCard({ at, geometry }: { at: PlanePoint; geometry: PlotGeometry }) {
  const x = geometry.x(at.x1);
  const y = geometry.y(at.x2);
  const flipX = x > geometry.side / 2;
  const flipY = y > geometry.side / 2;
  return (
    <div
      className="probe-card"
      role="group"
      aria-label="Probabilities at the probed point"
      style={{
        left: PLOT_MARGIN.left + x + (flipX ? -GAP : GAP),
        top: PLOT_MARGIN.top + y + (flipY ? -GAP : GAP),
        transform: `translate(${flipX ? '-100%' : '0'},${flipY ? '-100%' : '0'})`,
      }}
    >
      <ProbabilityReadout at={at} />
    </div>
  );
}
