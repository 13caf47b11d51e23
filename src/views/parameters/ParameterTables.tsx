import { useMemo } from 'react';
import { thetaRows } from '../../model/parameters';
import { withoutRoundOff } from '../../model/roundOff';
import { useLab } from '../../store/LabStoreContext';
import { ThetaTable } from './ThetaTable';
import { useReadout } from '../common/useReadout';
import { shallow } from 'zustand/shallow';

/** θ as it is, with its class-mean m underneath, and beside it the part the data can identify, θ_k − m. */
export function ParameterTables() {
  // θ − m as the trainer holds it: exact at any m, where θ's own rows have lost those digits. All four from one
  // state (they must agree), about ten times a second while playing.
  const { theta, identifiable: exactIdentifiable, classes, summary } = useReadout(
    (s) => ({ theta: s.theta, identifiable: s.identifiable, classes: s.classes, summary: s.summary }),
    shallow,
  );
  const reference = useLab((s) => s.model.parametrization === 'reference');
  const referenceClass = useLab((s) => s.model.referenceClass);

  const { rows, mean, identifiable } = useMemo(() => {
    const clean = (value: number) => withoutRoundOff(value, summary.thetaNorm);
    return {
      rows: thetaRows(theta, classes).map((row) => row.map(clean)),
      mean: summary.redundant.map(clean),
      // Round-off of θ − m is judged against its own size, not against a θ that a huge m may dominate.
      identifiable: thetaRows(exactIdentifiable, classes).map((row) => row.map((value) => withoutRoundOff(value, summary.identifiableNorm))),
    };
  }, [theta, exactIdentifiable, classes, summary]);

  return (
    <div className="parameter-tables">
      <ThetaTable
        label="Parameters θ"
        caption={<>θ<sub>k</sub> = (b<sub>k</sub>, w<sub>k1</sub>, w<sub>k2</sub>)</>}
        rows={rows}
        fixedRow={reference ? referenceClass : null}
        footer={{ label: 'mean m', values: mean }}
        testId="theta-table"
      />
      <ThetaTable
        label="Identifiable part θ − m"
        caption={<>θ<sub>k</sub> − m: what the data can identify (columns sum to 0)</>}
        rows={identifiable}
        fixedRow={null}
        testId="identifiable-table"
      />
    </div>
  );
}
