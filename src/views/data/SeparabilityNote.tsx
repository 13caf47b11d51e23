import { existenceSentence, separationSentence } from '../../model/existenceSentences';
import { useLab } from '../../store/LabStoreContext';
import { formatNumber, formatShortest } from '../common/format';
import { useReadout } from '../common/useReadout';

const BADGES = {
  completelySeparable: 'Completely separable',
  quasiCompletelySeparated: 'Quasi-completely separated',
  overlapping: 'Overlapping',
} as const;

/** While the separability test runs (off the main thread, at most a fraction of a second). */
const SEPARATION_PENDING = 'Testing whether some linear classifier gets every point right…';
const EXISTENCE_PENDING = 'With λ = 0, whether J has a minimiser is not known until then.';

/**
 * How the points lie for the K-class linear model (complete or quasi-complete separation, or overlap) and what
 * that means for J under the current λ and bias penalty: whether it has a minimiser, why not, or how many. ‖θ‖
 * is shown live, since where there is no minimiser it grows for as long as training runs.
 */
export function SeparabilityNote() {
  const separation = useLab((s) => s.separation);
  const existence = useLab((s) => s.existence);
  const l2 = useLab((s) => s.model.l2);
  const thetaNorm = useReadout((s) => s.summary.thetaNorm);
  return (
    <div className="separability-note">
      <div role="status">
        {separation === 'noPoints' || existence.kind === 'noPoints' ? (
          <span>No points: there is nothing to fit. Click the plot to add some, or set Points above 0.</span>
        ) : (
          <>
            {separation === null ? (
              <span>{SEPARATION_PENDING}</span>
            ) : (
              <>
                <span className="badge">{BADGES[separation]}</span> <span>{separationSentence(separation)}</span>
              </>
            )}{' '}
            <span>{existence.kind === 'unknown' ? EXISTENCE_PENDING : existenceSentence(existence, separation, formatShortest(l2))}</span>
          </>
        )}
      </div>
      <p className="theta-norm">
        ‖θ‖ = <strong>{formatNumber(thetaNorm)}</strong>
      </p>
    </div>
  );
}
