import type { ReactNode } from 'react';
import { withoutRoundOff } from '../../model/roundOff';
import type { RunStatus } from '../../store/runState';
import { useLab } from '../../store/LabStoreContext';
import { formatShortest } from '../common/format';
import { formatNumber } from '../common/format';
import { useReadout } from '../common/useReadout';
import { GLOSSARY } from '../glossary/glossary';
import { Term } from '../glossary/Term';
import { whatToWatch } from './whatToWatch';
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
function Reading({ term, value, className, testId }: { term: ReactNode; value: string; className?: string; testId?: string }) {
  return (
    <div className={className}>
      <dt>{term}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

/**
 * The step counter and J, accuracy, ‖∇J‖ and the redundant part's ‖m‖ at the current θ; with `watch`, a sentence
 * on what to watch (the lab's first screen; embeds keep to the numbers). Not a live region: it changes every frame while playing, and the app's status message already
 * announces convergence and divergence.
 */
export function RunReadout({ watch = false }: { readonly watch?: boolean }) {
  // About ten times a second while playing: nobody reads faster, and every write costs a layout.
  const { step, current, summary } = useReadout((s) => ({ step: s.step, current: s.current, summary: s.summary }), shallow);
  const status = useLab((s) => s.status);
  const tolerance = useLab((s) => s.training.tolerance);
  const parametrization = useLab((s) => s.model.parametrization);
  const referenceClass = useLab((s) => s.model.referenceClass);
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
        <Reading term={<Term explanation={GLOSSARY['‖∇J‖']}>‖∇J‖</Term>} value={formatNumber(current.gradNorm, 3)} />
        {/* Round-off crumbs (1e-16) would read as a moving m under optimisers that provably keep it. */}
        <Reading term={<Term explanation={GLOSSARY['‖m‖']}>‖m‖</Term>} value={formatNumber(withoutRoundOff(summary.redundantNorm, summary.thetaNorm), 4)} testId="readout-redundant-norm" />
        <Reading term="Status" value={`${STATUS_TEXT[shownStatus]}${statusDetail}`} className={`controls-status controls-status-${shownStatus}`} />
      </dl>
      {watch && <p className="controls-watch">{whatToWatch({ parametrization, referenceClass })}</p>}
    </div>
  );
}
