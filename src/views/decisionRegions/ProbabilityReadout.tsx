import { ROW } from '../../model/parameters';
import type { PlanePoint } from '../../model/regionBoundaries';
import { probabilitiesAt } from '../../model/regionRaster';
import { formatNumber } from '../common/format';
import { useReadout } from '../common/useReadout';
import { CLASS_NAMES, classColor } from '../common/palette';

/** P(y=k|x) at the pointer (or the keyboard cursor), live while training runs. */
export function ProbabilityReadout({ at }: { at: PlanePoint }) {
  // θ − m, not θ: the same probabilities, without the digits a huge class-mean would cost the logits.
  // Throttled while playing (see useReadout): the numbers stay readable and cost less.
  const identifiable = useReadout((s) => s.identifiable);
  const classes = identifiable.length / ROW;
  const probabilities = probabilitiesAt(identifiable, classes, at.x1, at.x2);
  return (
    <p className="probability-readout">
      <span>
        At x = ({formatNumber(at.x1, 2)}, {formatNumber(at.x2, 2)}):
      </span>
      {probabilities.map((p, k) => (
        <span key={k} className="probability-item">
          <span className="swatch" style={{ background: classColor(k) }} aria-hidden="true" />
          P(class {k}, {CLASS_NAMES[k]}) = {formatNumber(p, 3)}
        </span>
      ))}
    </p>
  );
}
