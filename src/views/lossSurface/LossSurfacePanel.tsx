import { useMemo, useRef } from 'react';
import { useLab } from '../../store/LabStoreContext';
import { Panel } from '../common/Panel';
import { formatNumber } from '../common/format';
import { ContourLegend } from './ContourLegend';
import { contourLevels } from './contourLevels';
import { CHART_MARGIN, LossSurfaceChart, plotSide } from './LossSurfaceChart';
import { SliceAxesControls } from './SliceAxesControls';
import { axisLabel, axisUnit, sliceExplanation, trailDescription, type LabelContext } from './sliceLabels';
import { useElementWidth } from '../common/useElementWidth';
import { useLossSlice } from './useLossSlice';
import './lossSurface.css';

/**
 * J on a plane through the current θ — by default the redundant shift of all biases against the most curved
 * direction — with the recent trajectory projected onto it.
 */
export function LossSurfacePanel() {
  const chartRef = useRef<HTMLDivElement>(null);
  const view = useLossSlice(chartRef);
  const axes = useLab((s) => s.view.sliceAxes);
  const setView = useLab((s) => s.setView);
  const classes = useLab((s) => s.data.classes);
  const kind = useLab((s) => s.model.parametrization);
  const referenceClass = useLab((s) => s.model.referenceClass);
  const parametrization = useMemo(() => ({ kind, referenceClass }), [kind, referenceClass]);
  const width = useElementWidth(chartRef);
  const { shown, basis, spec } = view;
  const levels = useMemo(() => (shown === null ? null : contourLevels(shown.grid.values)), [shown]);

  const labels: LabelContext = { classes, parametrization, largestEigenvalue: view.eigenvalues[0] ?? 0 };
  const shownLabels: LabelContext = shown === null ? labels : { ...labels, classes: shown.classes, parametrization: shown.parametrization };
  const xLabel = shown === null ? '' : axisLabel(shown.basis.first, shownLabels);
  const yLabel = shown === null ? '' : axisLabel(shown.basis.second, shownLabels);
  const xUnit = shown === null ? 1 : axisUnit(shown.basis.first, shown.classes);
  const yUnit = shown === null ? 1 : axisUnit(shown.basis.second, shown.classes);
  const range = (unit: number) => (shown === null ? '' : `from ${formatNumber(-shown.grid.extent / unit, 2)} to ${formatNumber(shown.grid.extent / unit, 2)}`);
  const resolved =
    basis === null ? null : basis.first.kind === 'parameter' && basis.second.kind === 'parameter'
      ? { first: basis.first.index, second: basis.second.index }
      : basis.first.kind === 'eigenvector' && basis.second.kind === 'eigenvector'
        ? { first: basis.first.rank, second: basis.second.rank }
        : null;
  const side = plotSide(width);
  const description =
    shown === null || levels === null
      ? 'Loss surface: computing the first grid.'
      : `Contours of J on the plane through θ spanned by ${xLabel} (horizontal, ${range(xUnit)}) and ${yLabel} (vertical, ${range(yUnit)}); ` +
        `J ranges from ${formatNumber(levels.min)} to ${formatNumber(levels.max)}.`;

  return (
    <Panel title="Loss surface" className="slice-panel">
      <SliceAxesControls
        axes={axes}
        onChange={(sliceAxes) => setView({ sliceAxes })}
        classes={classes}
        parametrization={parametrization}
        eigenvalues={view.eigenvalues}
        resolved={resolved}
      />
      {view.error !== null && (
        <p className="slice-error" role="alert">
          {view.error}
        </p>
      )}
      {basis !== null && spec !== null && (
        <p className="slice-explanation" aria-live="polite">
          {sliceExplanation(basis, spec, labels)}
          {basis.substitution === 'indices-adjusted' && ' (The chosen axes did not fit this model, so the nearest valid ones are shown.)'}
        </p>
      )}
      <div ref={chartRef} className="slice-chart-box">
        {shown !== null && levels !== null ? (
          <LossSurfaceChart grid={shown.grid} levels={levels} width={width} trail={view.trail} current={view.current} xLabel={xLabel} yLabel={yLabel} xUnit={xUnit} yUnit={yUnit} description={description} />
        ) : (
          <div className="slice-chart-placeholder" style={{ width: side + CHART_MARGIN.left + CHART_MARGIN.right, height: side + CHART_MARGIN.top + CHART_MARGIN.bottom }}>
            {view.error === null ? 'Computing the slice…' : 'No slice to show.'}
          </div>
        )}
        <p className={`slice-status${view.computing ? ' slice-status-busy' : ''}`} role="status" style={{ left: CHART_MARGIN.left + 6, top: CHART_MARGIN.top + 6 }}>
          {view.computing ? 'computing…' : ''}
        </p>
      </div>
      {levels !== null &&
        (levels.thresholds.length > 0 ? (
          <ContourLegend levels={levels} left={CHART_MARGIN.left} width={side} />
        ) : (
          <p className="slice-readout">J = {formatNumber(levels.min)} everywhere on this slice.</p>
        ))}
      <p className="slice-readout">
        White dot: θ at step {view.step}, J = {formatNumber(view.loss)}.{' '}
        {view.trail.length > 1
          ? `Line: ${trailDescription(view.trailMoves)}, projected onto this plane through θ.` +
            (view.trailMostlyOffPlane ? ' Little of it shows: θ moved mostly in directions outside this plane.' : '')
          : 'Press Play or Step to draw its path, projected onto this plane.'}
      </p>
    </Panel>
  );
}
