import { useLab } from '../../store/LabStoreContext';
import { formatNumber, formatShortest } from '../common/format';
import { useReadout } from '../common/useReadout';

/**
 * Whether some linear classifier puts every point on its own class's side, and what that means for training:
 * without L2 the loss then has no minimum, and ‖θ‖ (shown live) grows for as long as training runs. With no
 * points there is nothing to separate and nothing to fit.
 */
export function SeparabilityNote() {
  const pointCount = useLab((s) => s.data.labels.length);
  const separable = useLab((s) => s.separable);
  const l2 = useLab((s) => s.model.l2);
  const thetaNorm = useReadout((s) => s.summary.thetaNorm);
  return (
    <div className="separability-note">
      <div role="status">
        {pointCount === 0 ? (
          <span>No points: there is nothing to fit. Click the plot to add some, or set Points above 0.</span>
        ) : separable ? (
          <>
            <span className="badge">Linearly separable</span>{' '}
            <span>
              {l2 === 0
                ? 'Some linear classifier gets every point right, so without L2 the loss has no minimum: scaling such a separating θ up always lowers it, and the weights grow without bound.'
                : `Some linear classifier gets every point right; without L2 the weights would grow without bound, but λ = ${formatShortest(l2)} keeps θ finite.`}
            </span>
          </>
        ) : (
          <span>Not linearly separable: no straight boundaries put every point on its own class's side.</span>
        )}
      </div>
      <p className="theta-norm">
        ‖θ‖ = <strong>{formatNumber(thetaNorm)}</strong>
      </p>
    </div>
  );
}
