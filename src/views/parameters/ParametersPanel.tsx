import { withoutRoundOff } from '../../model/roundOff';
import { useLab } from '../../store/LabStoreContext';
import { Panel } from '../common/Panel';
import { CHART_INTERVAL_MS } from '../common/readoutThrottle';
import { useReadout } from '../common/useReadout';
import { formatNumber } from '../common/format';
import { ParameterTables } from './ParameterTables';
import { RedundantNormCharts } from './RedundantNormCharts';
import { ShiftControl } from './ShiftControl';
import { classMeanNames, redundantPartStory } from './redundantPartStory';
import type { Shift } from './shiftAllClasses';
import './parameters.css';

/** θ live, split into its redundant class-mean m and its identifiable part, with the shift experiment. */
export function ParametersPanel() {
  return (
    <Panel title="Parameters" className="parameters-panel">
      <ParameterTables />
      <RedundantPart />
    </Panel>
  );
}

/** The class mean m that the shift pad shows, without round-off crumbs (also used by an embed's shift control). */
export function useClassMean(): Shift {
  // The pad's dot moves with m: as often as a chart while training plays.
  const summary = useReadout((s) => s.summary, Object.is, CHART_INTERVAL_MS);
  const clean = (value: number) => withoutRoundOff(value, summary.thetaNorm);
  return [clean(summary.redundant[0]), clean(summary.redundant[1]), clean(summary.redundant[2])];
}

function RedundantPart() {
  const summary = useReadout((s) => s.summary);
  const optimizer = useLab((s) => s.optimizer.kind);
  const l2 = useLab((s) => s.model.l2);
  const penalizeBias = useLab((s) => s.model.penalizeBias);
  const parametrization = useLab((s) => s.model.parametrization);
  // Round-off crumbs (1e-16) would otherwise read as a moving m under optimisers that provably keep it.
  const clean = (value: number) => withoutRoundOff(value, summary.thetaNorm);
  const mean = useClassMean();
  const story = redundantPartStory({ optimizer, l2, penalizeBias, parametrization });
  const { heading } = classMeanNames(parametrization);

  return (
    <section className="redundant-part" aria-label={heading}>
      <h3>{heading}</h3>
      <dl className="norm-values">
        <div>
          <dt>‖m‖</dt>
          <dd data-testid="redundant-norm">{formatNumber(clean(summary.redundantNorm), 4)}</dd>
        </div>
        <div>
          <dt>‖θ − m‖</dt>
          <dd data-testid="identifiable-norm">{formatNumber(summary.identifiableNorm, 4)}</dd>
        </div>
        <div>
          <dt>‖θ‖</dt>
          <dd>{formatNumber(summary.thetaNorm, 4)}</dd>
        </div>
      </dl>
      <p className="redundant-story">{story}</p>
      {/* The charts before the shift tools: they are what the lessons point at, and must not fall below a scene's fold. */}
      <RedundantNormCharts />
      <ShiftControl mean={mean} />
    </section>
  );
}
