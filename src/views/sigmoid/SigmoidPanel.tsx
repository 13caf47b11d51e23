import { useRef } from 'react';
import { useLab } from '../../store/LabStoreContext';
import { formatNumber } from '../common/format';
import { Panel } from '../common/Panel';
import { CHART_INTERVAL_MS } from '../common/readoutThrottle';
import { useReadout } from '../common/useReadout';
import { useElementWidth } from '../common/useElementWidth';
import { SigmoidChart } from './SigmoidChart';
import { sigmoidPoints } from './sigmoidPoints';
import './sigmoid.css';

/**
 * K = 2: with class 0 as the reference, P(y=1|x) = σ((θ₁ − θ₀)·x̃), so softmax regression is logistic
 * regression. Every point is drawn at its score s and its softmax probability; they fall on σ.
 */
export function SigmoidPanel() {
  const classes = useLab((s) => s.classes);
  const setClasses = useLab((s) => s.setClasses);
  return (
    <Panel title="Two classes: the sigmoid" className="sigmoid-panel">
      {classes === 2 ? (
        <SigmoidView />
      ) : (
        <>
          <p>
            With two classes, P(y=1|x) = σ((θ₁ − θ₀)·x̃), where σ(s) = 1/(1 + e<sup>−s</sup>): softmax regression is logistic
            regression. This view applies to two classes; the model has K = {classes}.
          </p>
          <button type="button" onClick={() => setClasses(2)}>
            Use two classes
          </button>
        </>
      )}
    </Panel>
  );
}

function SigmoidView() {
  const frameRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(frameRef);
  // Every point is redrawn when θ moves: as often as a chart while training plays.
  const identifiable = useReadout((s) => s.identifiable, Object.is, CHART_INTERVAL_MS);
  const data = useLab((s) => s.data);
  const points = sigmoidPoints(identifiable, data);
  return (
    <>
      <p>
        Subtracting θ₀ from both rows leaves the probabilities as they are and gives P(y=1|x) = σ(s) with
        s = (θ₁ − θ₀)·x̃ and σ(s) = 1/(1 + e<sup>−s</sup>). Each point is drawn at its s and its softmax P(y=1|x): all lie on σ.
      </p>
      <div ref={frameRef} className="sigmoid-frame">
        <SigmoidChart width={width} data={data} points={points} />
      </div>
      {data.labels.length > 0 && (
        <p className="sigmoid-gap">
          Largest |P(y=1|x) − σ(s)| over the {data.labels.length} points: <output data-value={String(points.largestGap)}>{formatNumber(points.largestGap, 2)}</output>{' '}
          (rounding only).
        </p>
      )}
    </>
  );
}
