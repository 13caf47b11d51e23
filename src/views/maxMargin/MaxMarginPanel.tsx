import { useMemo, useRef } from 'react';
import { shallow } from 'zustand/shallow';
import { samplesThroughCurrent } from '../../model/liveCurve';
import type { MaxMargin } from '../../model/maxMargin';
import { angleBetween } from '../../model/maxMarginAngle';
import { existenceSentence } from '../../model/existenceSentences';
import { OPTIMIZERS, takesFullGradientSteps } from '../../model/optimizers';
import { currentSample } from '../../store/currentSample';
import { useLab, useLabStore, useLabView } from '../../store/LabStoreContext';
import { formatCount, formatNumber, formatShortest } from '../common/format';
import { Panel } from '../common/Panel';
import { useElementWidth } from '../common/useElementWidth';
import { useReadout } from '../common/useReadout';
import { ChartBox } from '../charts/ChartBox';
import { ChartLegend } from '../charts/ChartLegend';
import { formatTick } from '../curves/curveReadout';
import { LineChart, type ChartSeries, type ValueAxis } from '../charts/LineChart';
import { angleSeries, earlyAnglesOf, normAgainstLogStep, withEarlyAngles, type AngleDatum, type LogStepDatum } from './marginSeries';
import { useMaxMargin } from './useMaxMargin';

const ANGLE_SERIES: readonly ChartSeries<AngleDatum>[] = [{ id: 'angle', label: 'Angle between θ − m and the SVM direction (°)', color: '#1b1f24', value: (d) => d.degrees }];
const NORM_SERIES: readonly ChartSeries<LogStepDatum>[] = [{ id: 'norm', label: '‖θ − m‖', color: '#7b3fa0', value: (d) => d.identifiableNorm }];
const LINEAR_AXIS: ValueAxis = { kind: 'linear', format: formatTick };

/**
 * The max-margin meter: on separable data the hard-margin SVM that GD's direction tends to (teaching-math §6),
 * the angle to it per step, and ‖θ − m‖ against ln t. The checkbox draws the SVM's boundaries on the plot.
 */
export function MaxMarginPanel() {
  const shown = useLabView((s) => s.svmOverlay);
  const showSvmOverlay = useLabView((s) => s.showSvmOverlay);
  const toggle = (
    <label className="panel-toggle">
      <input type="checkbox" checked={shown} onChange={(event) => showSvmOverlay(event.target.checked)} />
      Show the SVM boundaries
    </label>
  );
  return (
    <Panel title="Max margin" className="max-margin-panel" actions={toggle}>
      <MaxMarginMeter />
    </Panel>
  );
}

function MaxMarginMeter() {
  const data = useLab((s) => s.data);
  const kind = useLab((s) => s.model.parametrization);
  const referenceClass = useLab((s) => s.model.referenceClass);
  const svm = useMaxMargin(data, kind, referenceClass);
  const existence = useLab((s) => s.existence);
  const separation = useLab((s) => s.separation);
  const l2 = useLab((s) => s.model.l2);
  if (svm === null) return <p className="loading-note">Solving the max-margin SVM…</p>;
  if (svm.kind !== 'solved') {
    // Quasi-complete separation has no SVM, yet no minimiser either: say both.
    const minimiser = svm.kind === 'not-separable' && existence.kind === 'none' ? ` ${existenceSentence(existence, separation, formatShortest(l2))}` : '';
    return <p role="status">{noSvm(svm)}{minimiser}</p>;
  }
  return (
    <>
      <MarginCharts direction={svm.direction} />
      <Caveats />
    </>
  );
}

function noSvm(svm: Exclude<MaxMargin, { kind: 'solved' }>): string {
  if (svm.kind === 'no-points') return 'No points: nothing to separate, so there is no SVM.';
  if (svm.kind === 'not-separable') return 'No linear classifier gets every point strictly right: no hard-margin SVM exists, and there is no max-margin direction to compare with.';
  return `The SVM could not be solved to float64 precision for these coordinates (the solver reported “${svm.reason}”), so no direction is shown.`;
}

/** What the limit does not promise here: it is a theorem about gradient descent on the unregularised loss. */
function Caveats() {
  const l2 = useLab((s) => s.model.l2);
  const optimizer = useLab((s) => s.optimizer.kind);
  const fullGradientSteps = useLab((s) => takesFullGradientSteps(s.optimizer, s.points.length));
  const reference = useLab((s) => s.model.parametrization === 'reference');
  const existence = useLab((s) => s.existence);
  const separation = useLab((s) => s.separation);
  // With L2 the limit is not the theorem's: whether θ stops depends on the bias penalty and on empty classes.
  const regularised =
    l2 > 0 && existence.kind !== 'noPoints' && existence.kind !== 'unknown'
      ? `${existenceSentence(existence, separation, formatShortest(l2))}${existence.kind === 'exists' ? ' With a small enough step GD settles at one, and the angle need not go to 0.' : ''}`
      : null;
  return (
    <>
      {regularised !== null && <p className="chart-hint">{regularised}</p>}
      {!fullGradientSteps && (
        <p className="chart-hint">The max-margin limit is proved for gradient descent with a small enough step; {OPTIMIZERS[optimizer].nameInProse} need not share it.</p>
      )}
      {reference && (
        <p className="chart-hint">Under a reference class, gradient descent moves only the other K − 1 rows, so its SVM is the shortest in those rows: another classifier than the full parametrization’s.</p>
      )}
    </>
  );
}

function MarginCharts({ direction }: { direction: Float64Array }) {
  const container = useRef<HTMLDivElement>(null);
  const width = useElementWidth(container);
  // Ten updates a second while playing are plenty for a read-out and two small charts.
  const run = useReadout((s) => ({ history: s.history, step: s.step, theta: s.theta, identifiable: s.identifiable, current: s.current, summary: s.summary }), shallow);
  const samples = useMemo(() => samplesThroughCurrent(run.history, currentSample(run)), [run]);
  const { caches } = useLabStore();
  const angles = useMemo(
    () => withEarlyAngles(angleSeries(samples, direction, caches.marginAngles), earlyAnglesOf(caches.marginEarlyAngles, direction, samples[0])),
    [samples, direction, caches],
  );
  const norms = useMemo(() => normAgainstLogStep(samples), [samples]);
  // The read-out takes the store's exact θ − m, which no class-mean however large has rounded.
  const degrees = (angleBetween(run.identifiable, direction) * 180) / Math.PI;
  const readout = Number.isNaN(degrees)
    ? `Step ${formatCount(run.step)}: θ − m is 0 and has no direction yet; take a step.`
    : `Step ${formatCount(run.step)}: angle ${formatNumber(degrees, 3)}°, ‖θ − m‖ = ${formatNumber(run.summary.identifiableNorm, 4)}.`;

  return (
    <div className="curves" ref={container}>
      <p className="chart-readout" data-testid="max-margin-readout">
        {readout}
      </p>
      <ChartLegend series={ANGLE_SERIES} />
      <ChartBox base={120}>
        {(height) => (
          <LineChart label="Angle between θ − m and the SVM direction against step" samples={angles} series={ANGLE_SERIES} valueAxis={LINEAR_AXIS} width={width} height={height} testId="max-margin-angle-chart" />
        )}
      </ChartBox>
      <ChartLegend series={NORM_SERIES} note="against ln t (t = step)" />
      <ChartBox base={120}>
        {(height) => (
          <LineChart label="‖θ − m‖ against the natural log of the step" samples={norms} series={NORM_SERIES} valueAxis={LINEAR_AXIS} width={width} height={height} testId="max-margin-norm-chart" />
        )}
      </ChartBox>
    </div>
  );
}
