import { useState } from 'react';
import { ROW } from '../../model/parameters';
import { logitsAt, naiveOverflow, softmaxSteps } from '../../model/softmaxSteps';
import { useLab, useLabView } from '../../store/LabStoreContext';
import { formatNumber } from '../common/format';
import { NumberField } from '../common/NumberField';
import { Panel } from '../common/Panel';
import { SCENE_FOCUS } from '../common/sceneFocus';
import { useReadout } from '../common/useReadout';
import { overflowNote } from './overflowNote';
import { SoftmaxStepsTable } from './SoftmaxStepsTable';
import './numerics.css';

/** The largest demonstration scale: enough to push logits of a trained model far past exp's overflow. */
const MAX_SCALE = 1e6;

/**
 * Softmax of one point worked out in float64, the stable way (subtract max z first) and, on request, the naive
 * way, with a view-only multiplier to push the logits past exp's overflow at z ≈ 709.78.
 */
export function NumericsPanel() {
  const identifiable = useReadout((s) => s.identifiable);
  const data = useLab((s) => s.data);
  const showNaive = useLab((s) => s.view.naiveSoftmax);
  const setView = useLab((s) => s.setView);
  const probed = useLabView((s) => s.probedPoint);
  const setProbedPoint = useLabView((s) => s.setProbedPoint);
  const [scale, setScale] = useState(1);

  const classes = identifiable.length / ROW;
  const first = data.labels.length > 0 ? { x1: data.x1[0], x2: data.x2[0] } : null;
  const at = probed ?? first ?? { x1: 0, x2: 0 };
  const steps = softmaxSteps(logitsAt(identifiable, classes, at.x1, at.x2, scale));
  const allEqual = steps.shifted.every((value) => value === 0);
  const overflow = showNaive ? naiveOverflow(steps) : null;
  const where = `x = (${formatNumber(at.x1, 2)}, ${formatNumber(at.x2, 2)})`;

  return (
    <Panel title="Numerics" className="numerics-panel">
      <p className="numerics-point">
        {probed ? `At the probed point ${where}.` : first ? `At the first data point ${where}; point at the plot to probe another.` : `At ${where} (there are no points).`}{' '}
        {probed && first && (
          <button type="button" className="numerics-link" onClick={() => setProbedPoint(null)}>
            Use the first data point
          </button>
        )}
      </p>
      <p className="numerics-definition">
        Logits z<sub>k</sub> = θ<sub>k</sub>·x̃ with x̃ = (1, x₁, x₂). The table starts from z<sub>k</sub> − m·x̃ = (θ<sub>k</sub> − m)·x̃
        {scale === 1 ? '' : ', times s'}: taking the same m·x̃ off every logit changes no probability, and θ − m keeps the digits a
        huge class-mean m would cost.
      </p>
      <div className="numerics-controls">
        <NumberField
          label="Scale the logits by s"
          value={scale}
          onChange={setScale}
          min={0}
          max={MAX_SCALE}
          logSlider={{ minExponent: 0, maxExponent: 3 }}
          hint="A demonstration for this table only: every logit times s, as if the parameters were s·θ. The model is unchanged."
        />
        <label className="numerics-toggle">
          <input type="checkbox" checked={showNaive} onChange={(event) => setView({ naiveSoftmax: event.target.checked })} />
          Show the naive softmax
        </label>
      </div>
      {/* Eight classes do not fit a phone's width: the table scrolls sideways, and takes focus to do so by keyboard. */}
      <div className="numerics-table-frame" tabIndex={0} {...SCENE_FOCUS}>
        <SoftmaxStepsTable steps={steps} scale={scale} showNaive={showNaive} />
      </div>
      <p className="numerics-formulas">
        stable: P(y=k|x) = exp(z<sub>k</sub> − max z) / Σ<sub>j</sub> exp(z<sub>j</sub> − max z); its largest exponent is 0.
        {showNaive && (
          <>
            {' '}
            <strong className="numerics-broken">naive (the broken one):</strong> exp(z<sub>k</sub>) / Σ<sub>j</sub> exp(z<sub>j</sub>).
          </>
        )}
      </p>
      {overflow !== null && (
        <p className="numerics-overflow" role="status">
          {overflowNote(overflow, classes)}
        </p>
      )}
      {allEqual && classes > 1 && (
        <p className="numerics-note">
          Every logit is equal here (as at θ = 0), so every P is 1/{classes} and scaling changes nothing: train a few steps first.
        </p>
      )}
    </Panel>
  );
}
