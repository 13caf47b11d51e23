import { decisionBoundaries } from '../../model/regionBoundaries';
import { useLab } from '../../store/LabStoreContext';
import type { PlotGeometry } from '../plane/plotGeometry';
import { useMaxMargin } from './useMaxMargin';

/**
 * The SVM's decision boundaries as dashed lines, and its support vectors (the points whose margin is exactly 1)
 * ringed. Where there is no SVM (not separable, no points) nothing is drawn: the panel says why.
 */
export function SvmBoundaries({ geometry }: { geometry: PlotGeometry }) {
  const data = useLab((s) => s.data);
  const kind = useLab((s) => s.model.parametrization);
  const referenceClass = useLab((s) => s.model.referenceClass);
  const svm = useMaxMargin(data, kind, referenceClass);
  if (svm === null || svm.kind !== 'solved') return null;
  const { x, y, domain } = geometry;
  const path = decisionBoundaries(svm.theta, data.classes, domain)
    .map(({ from, to }) => `M${x(from.x1)},${y(from.x2)}L${x(to.x1)},${y(to.x2)}`)
    .join('');
  return (
    <g className="svm-overlay" data-testid="svm-boundaries">
      <path d={path} fill="none" stroke="#ffffff" strokeWidth={4} strokeOpacity={0.8} />
      <path d={path} fill="none" stroke="#1b1f24" strokeWidth={2} strokeDasharray="7 4" />
      {svm.supportVectors.map((n) => (
        <circle key={n} cx={x(data.x1[n])} cy={y(data.x2[n])} r={9} fill="none" stroke="#1b1f24" strokeWidth={1.5} />
      ))}
    </g>
  );
}
