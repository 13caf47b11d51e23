import { shallow } from 'zustand/shallow';
import { withoutRoundOff } from '../../model/roundOff';
import { formatNumber } from '../common/format';
import { useReadout } from '../common/useReadout';
import './keyNumbers.css';

/**
 * The run's key numbers in type a room can read: the step, the loss J, the accuracy and the redundant part's
 * ‖m‖ (the app's subject). Not a live region: it changes every frame while training plays.
 */
export function KeyNumbers() {
  const { step, current, summary } = useReadout((s) => ({ step: s.step, current: s.current, summary: s.summary }), shallow);
  const accuracy = Number.isFinite(current.accuracy) ? `${formatNumber(current.accuracy * 100, 1)}%` : '—';
  // Round-off crumbs (1e-16) would read as a moving m under optimisers that provably keep it.
  const redundantNorm = formatNumber(withoutRoundOff(summary.redundantNorm, summary.thetaNorm), 4);
  return (
    <dl className="key-numbers" aria-label="Key numbers">
      <div>
        <dt>Step</dt>
        <dd data-testid="key-step">{step}</dd>
      </div>
      <div>
        <dt>Loss J</dt>
        <dd data-testid="key-loss">{formatNumber(current.loss, 4)}</dd>
      </div>
      <div>
        <dt>Accuracy</dt>
        <dd>{accuracy}</dd>
      </div>
      <div>
        <dt>‖m‖</dt>
        <dd data-testid="key-redundant-norm">{redundantNorm}</dd>
      </div>
    </dl>
  );
}
