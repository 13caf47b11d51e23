import { useRef } from 'react';
import { Panel } from '../common/Panel';
import { formatNumber } from '../common/format';
import { useElementWidth } from '../common/useElementWidth';
import { IdentifiableCondition } from './IdentifiableCondition';
import { SpectrumChart } from './SpectrumChart';
import { useHessianSpectrum } from './useHessianSpectrum';
import './hessianSpectrum.css';

const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

function subscript(n: number): string {
  return String(n).replace(/\d/g, (d) => SUBSCRIPT_DIGITS[Number(d)]);
}

/**
 * The eigenvalues h of the Hessian of J with respect to the free parameters at the current θ: how many are
 * zero (flat directions), how spread out the rest are (the condition number), and what that means; then κ on the
 * identifiable directions, the one to compare between parametrisations.
 */
export function HessianSpectrumPanel() {
  const chartRef = useRef<HTMLDivElement>(null);
  const view = useHessianSpectrum(chartRef);
  const width = useElementWidth(chartRef);
  return (
    <Panel title="Hessian spectrum" className="spectrum-panel">
      {view.ok ? (
        <>
          <p className="spectrum-sentence" aria-live="polite">
            {view.sentence}
          </p>
          <p className="spectrum-condition">
            Condition number of H: κ = h<sub>max</sub> / h<sub>min</sub> ={' '}
            <strong>{Number.isFinite(view.summary.condition) ? formatNumber(view.summary.condition) : '∞'}</strong>
            {Number.isFinite(view.summary.condition) ? '' : ' (the Hessian is singular)'}
          </p>
          <IdentifiableCondition curvature={view.identifiable} kind={view.parametrization} />
          <div ref={chartRef} className="spectrum-chart-box">
            {width > 0 && <SpectrumChart summary={view.summary} width={width} />}
          </div>
          <ol className="spectrum-values" aria-label={`Eigenvalues at step ${view.step}, largest first`}>
            {Array.from(view.summary.values, (value, i) => (
              <li key={i} className={Math.abs(value) <= view.summary.zeroThreshold ? 'spectrum-value-zero' : undefined}>
                h{subscript(i + 1)} = {Math.abs(value) <= view.summary.zeroThreshold ? '0' : formatNumber(value)}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="spectrum-error" role="alert">
          {view.error}
        </p>
      )}
    </Panel>
  );
}
