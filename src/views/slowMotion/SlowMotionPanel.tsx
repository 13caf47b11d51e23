import { useEffect, useMemo, useRef, useState } from 'react';
import { OPTIMIZER_LABELS, type OptimizerSettings } from '../../model/optimizers';
import { euclideanNorm, thetaRows } from '../../model/parameters';
import { withoutRoundOff } from '../../model/roundOff';
import type { RunStatus } from '../../store/runState';
import { useLab } from '../../store/LabStoreContext';
import { formatCount, formatNumber } from '../common/format';
import { NumberField } from '../common/NumberField';
import { classLabel } from '../common/palette';
import { Panel } from '../common/Panel';
import { Tex } from '../tex/Tex';
import { ThetaTable } from '../parameters/ThetaTable';
import { useProbedPoint } from '../probe/probeStore';
import { stepParts } from './stepParts';
import { useStepAnatomy } from './useStepAnatomy';
import './slowMotion.css';

const DEFAULT_PACE_SECONDS = 3;

/**
 * One gradient-descent step shown as its parts, one after another at a pace the user sets: the chosen point's
 * logits and softmax, the gradient rows, the L2 term, the update of θ and of the class-mean m. "Apply this step"
 * takes exactly that step through the lab's trainer.
 */
export function SlowMotionPanel() {
  const data = useLab((s) => s.data);
  const optimizer = useLab((s) => s.optimizer);
  const model = useLab((s) => s.model);
  const status = useLab((s) => s.status);
  const stepOnce = useLab((s) => s.stepOnce);
  const probed = useProbedPoint();
  const [picked, setPicked] = useState<number | null>(null);
  const [part, setPart] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [pace, setPace] = useState(DEFAULT_PACE_SECONDS);

  const pointCount = data.labels.length;
  // The point the user picked, else the data point nearest the probed one, else the first.
  const point = picked !== null && picked < pointCount ? picked : nearestPoint(data.x1, data.x2, probed);
  const watched = useRef<HTMLDivElement>(null);
  const view = useStepAnatomy(point, watched);
  const parts = useMemo(
    () => (view.ok ? stepParts(view.anatomy, { learningRate: optimizer.learningRate, l2: model.l2, penalizeBias: model.penalizeBias }) : []),
    [view, optimizer.learningRate, model.l2, model.penalizeBias],
  );
  const last = parts.length - 1;
  const shown = Math.min(part, Math.max(last, 0));

  // The part just revealed comes into view (a projected page shows only so much); not on first showing the panel.
  const current = useRef<HTMLLIElement>(null);
  const navigated = useRef(false);
  useEffect(() => {
    if (navigated.current) current.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [shown]);
  const goTo = (next: number) => {
    navigated.current = true;
    setPart(next);
  };

  useEffect(() => {
    if (!playing) return;
    if (shown >= last) return setPlaying(false);
    const timer = setTimeout(() => {
      navigated.current = true;
      setPart(shown + 1);
    }, pace * 1000);
    return () => clearTimeout(timer);
  }, [playing, shown, last, pace]);

  const applyNote = applyNoteFor(optimizer, pointCount, status);

  return (
    <Panel title="One step in slow motion" className="slow-motion-panel">
      <div ref={watched}>
        {!view.ok ? (
          <p className="slow-motion-error" role="status">
            {view.error}
          </p>
        ) : (
          <>
            <p className="slow-motion-summary">
              Step {formatCount(view.step)} → {formatCount(view.step + 1)} of gradient descent on all {formatCount(pointCount)} points, η = {formatNumber(optimizer.learningRate)}.
            </p>
            <div className="slow-motion-controls">
              {/* A number, not a list: a <select> of 10,000 options took 200–460 ms of layout whenever the points changed. */}
              <NumberField
                label="Point number"
                value={point + 1}
                onChange={(number) => setPicked(number - 1)}
                min={1}
                max={pointCount}
                step={1}
                integer
                hint={`Point ${formatCount(point + 1)} of ${formatCount(pointCount)}: (${formatNumber(data.x1[point], 2)}, ${formatNumber(data.x2[point], 2)}), ${classLabel(data.labels[point])}.`}
              />
              <NumberField label="Seconds per part" value={pace} onChange={setPace} min={0.5} max={10} step={0.5} linearSlider />
              <div className="slow-motion-buttons">
                <button
                  type="button"
                  onClick={() => {
                    if (playing) return setPlaying(false);
                    if (shown >= last) goTo(0);
                    setPlaying(true);
                  }}
                >
                  {playing ? 'Pause slow motion' : 'Play slow motion'}
                </button>
                <button type="button" onClick={() => goTo(Math.max(0, shown - 1))} disabled={shown === 0}>
                  Previous part
                </button>
                <button type="button" onClick={() => goTo(Math.min(last, shown + 1))} disabled={shown >= last}>
                  Next part
                </button>
                <button type="button" className="controls-primary" onClick={stepOnce} disabled={applyNote !== null}>
                  Apply this step
                </button>
              </div>
            </div>
            {applyNote !== null && <p className="slow-motion-note">{applyNote}</p>}
            <p className="slow-motion-progress" aria-live="polite">
              Part {shown + 1} of {parts.length}: {parts[shown].title}
            </p>
            <ol className="slow-motion-parts">
              {parts.slice(0, shown + 1).map((stepPart, i) => (
                <li key={stepPart.id} ref={i === shown ? current : undefined} className={i === shown ? 'slow-motion-part slow-motion-current' : 'slow-motion-part'} aria-current={i === shown ? 'step' : undefined}>
                  <h3>{stepPart.title}</h3>
                  <p>{stepPart.sentence}</p>
                  <div className="slow-motion-tex" tabIndex={0} role="group" aria-label={`${stepPart.title}: formula`}>
                    <Tex tex={stepPart.tex} display />
                  </div>
                  {stepPart.id === 'update' && <ThetaAfter thetaAfter={view.anatomy.thetaAfter} classes={view.anatomy.classes} fixedRow={view.anatomy.fixedRow} />}
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </Panel>
  );
}

/** θ after the step as the Parameters panel shows θ: its round-off crumbs as 0. */
function ThetaAfter({ thetaAfter, classes, fixedRow }: { thetaAfter: Float64Array; classes: number; fixedRow: number | null }) {
  const norm = euclideanNorm(thetaAfter);
  const rows = thetaRows(thetaAfter, classes).map((row) => row.map((value) => withoutRoundOff(value, norm)));
  return <ThetaTable label="θ after this step" caption="θ after this step" rows={rows} fixedRow={fixedRow} />;
}

/** Why "Apply this step" cannot take the step shown, or null when it takes exactly that step. */
function applyNoteFor(optimizer: OptimizerSettings, pointCount: number, status: RunStatus): string | null {
  const miniBatch = optimizer.kind === 'sgd' && optimizer.batchSize > 0 && optimizer.batchSize < pointCount;
  if (miniBatch) return `SGD with batches of ${formatCount(optimizer.batchSize)} points takes each step along one batch's gradient, not along this one on all points: set the batch size to 0 to apply it.`;
  if (optimizer.kind !== 'gd' && optimizer.kind !== 'sgd') {
    return `This is the step plain gradient descent would take; ${OPTIMIZER_LABELS[optimizer.kind]} takes a different step from the same gradient. Choose gradient descent to apply it.`;
  }
  // The parts shown are refreshed twice a second while playing: θ has moved on by the time of a press.
  if (status === 'playing') return 'The run is playing, so θ moves on between what is shown and a press: pause it to apply this step.';
  if (status === 'converged' || status === 'diverged') return `The run has ${status}, so the trainer takes no further step: press Reset to start again.`;
  return null;
}

/** The index of the data point nearest `to`; the first point when nothing is probed. */
function nearestPoint(x1: ArrayLike<number>, x2: ArrayLike<number>, to: { x1: number; x2: number } | null): number {
  if (to === null) return 0;
  let best = 0;
  let bestDistance = Infinity;
  for (let n = 0; n < x1.length; n++) {
    const distance = (x1[n] - to.x1) ** 2 + (x2[n] - to.x2) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [n, distance];
  }
  return best;
}
