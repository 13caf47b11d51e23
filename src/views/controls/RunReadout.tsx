import { useId } from 'react';
import type { RunStatus } from '../../store/runState';
import { useLab } from '../../store/LabStoreContext';
import { formatNumber } from '../common/format';

const STATUS_TEXT: Record<RunStatus, string> = {
  ready: 'ready',
  playing: 'training',
  paused: 'paused',
  converged: 'converged',
  diverged: 'diverged',
};

/** One labelled value; the pair is a group named by its term, so assistive tech (and tests) can find it by name. */
function Reading({ term, value, className }: { term: string; value: string; className?: string }) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className={className}>
      <dt id={id}>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/**
 * The step counter and J, accuracy and ‖∇J‖ at the current θ. Not a live region: it changes every frame
 * while playing, and the app's status message already announces convergence and divergence.
 */
export function RunReadout() {
  const step = useLab((s) => s.step);
  const current = useLab((s) => s.current);
  const status = useLab((s) => s.status);
  const tolerance = useLab((s) => s.training.tolerance);
  // The store stays 'ready' after single steps; to the user a run that has moved and stopped is paused.
  const shownStatus: RunStatus = status === 'ready' && step > 0 ? 'paused' : status;
  const statusDetail =
    status === 'converged' ? ` (‖∇J‖∞ ≤ ${tolerance})` : status === 'diverged' ? ' — lower the learning rate or Reset' : '';
  return (
    <div className="controls-readout">
      <p className="controls-step-counter">Step {step}</p>
      <dl>
        <Reading term="Loss J" value={formatNumber(current.loss, 4)} />
        <Reading term="Accuracy" value={Number.isFinite(current.accuracy) ? `${(current.accuracy * 100).toFixed(1)}%` : '—'} />
        <Reading term="‖∇J‖" value={formatNumber(current.gradNorm, 3)} />
        <Reading term="Status" value={`${STATUS_TEXT[shownStatus]}${statusDetail}`} className={`controls-status controls-status-${shownStatus}`} />
      </dl>
    </div>
  );
}
