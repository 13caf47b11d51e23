import type { RunStatus } from '../../store/runState';
import { useLab } from '../../store/LabStoreContext';
import { formatShortest } from '../common/format';
import { formatNumber } from '../common/format';
import { useReadout } from '../common/useReadout';
import { shallow } from 'zustand/shallow';

const STATUS_TEXT: Record<RunStatus, string> = {
  ready: 'ready',
  playing: 'training',
  paused: 'paused',
  converged: 'converged',
  diverged: 'diverged',
};

/**
 * One term and its value. The <div> only groups the pair for layout: a <dl> may hold plain divs but no other
 * roles, and ARIA lets neither a term nor a definition carry a name of its own, so the pair is the structure.
 */
function Reading({ term, value, className }: { term: string; value: string; className?: string }) {
  return (
    <div className={className}>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/**
 * The step counter and J, accuracy and ‖∇J‖ at the current θ. Not a live region: it changes every frame
 * while playing, and the app's status message already announces convergence and divergence.
 */
export function RunReadout() {
  // About ten times a second while playing: nobody reads faster, and every write costs a layout.
  const { step, current } = useReadout((s) => ({ step: s.step, current: s.current }), shallow);
  const status = useLab((s) => s.status);
  const tolerance = useLab((s) => s.training.tolerance);
  // The store stays 'ready' after single steps; to the user a run that has moved and stopped is paused.
  const shownStatus: RunStatus = status === 'ready' && step > 0 ? 'paused' : status;
  const statusDetail =
    status === 'converged' ? ` (‖∇J‖∞ ≤ ${formatShortest(tolerance)})` : status === 'diverged' ? ' — see the message for the cause; Reset starts again' : '';
  return (
    <div className="controls-readout">
      <p className="controls-step-counter">Step {step}</p>
      <dl>
        <Reading term="Loss J" value={formatNumber(current.loss, 4)} />
        <Reading term="Accuracy" value={Number.isFinite(current.accuracy) ? `${formatNumber(current.accuracy * 100, 1)}%` : '—'} />
        <Reading term="‖∇J‖" value={formatNumber(current.gradNorm, 3)} />
        <Reading term="Status" value={`${STATUS_TEXT[shownStatus]}${statusDetail}`} className={`controls-status controls-status-${shownStatus}`} />
      </dl>
    </div>
  );
}
