import type { ParametrizationKind } from '../../model/parameters';
import type { LaneSettings } from '../../store/race/raceSettings';
import { useRace } from '../../store/race/RaceStoreContext';
import { NumberField } from '../common/NumberField';
import { OptimizerSettingsFields } from '../controls/OptimizerSettingsFields';
import { classLabel } from '../common/palette';
import { SelectField, type SelectOption } from '../controls/SelectField';
import { laneName } from './laneStyle';

const PARAMETRIZATION_OPTIONS: readonly SelectOption<ParametrizationKind>[] = [
  { value: 'full', label: 'Full: K free rows' },
  { value: 'reference', label: 'Reference class: one row fixed at 0' },
];

/** One lane's model and optimiser; every control is named after the lane ("Lane 2 optimizer"). */
export function LaneSettingsFields({ index, lane }: { index: number; lane: LaneSettings }) {
  const classes = useRace((s) => s.data.classes);
  const setLane = useRace((s) => s.setLane);
  const name = laneName(index);
  const { optimizer } = lane;
  const referenceOptions = Array.from({ length: classes }, (_, k) => ({ value: String(k), label: classLabel(k) }));
  const setOptimizer = (change: Partial<LaneSettings['optimizer']>) => setLane(index, { optimizer: change });

  return (
    <div className="race-lane-fields">
      <SelectField
        label={`${name} parametrization`}
        value={lane.parametrization}
        options={PARAMETRIZATION_OPTIONS}
        onChange={(parametrization) => setLane(index, { parametrization })}
      />
      {lane.parametrization === 'reference' && (
        <SelectField
          label={`${name} reference class`}
          value={String(lane.referenceClass)}
          options={referenceOptions}
          onChange={(reference) => setLane(index, { referenceClass: Number(reference) })}
        />
      )}
      <NumberField label={`${name} L2 strength`} value={lane.l2} onChange={(l2) => setLane(index, { l2 })} min={0} />
      {lane.l2 > 0 && (
        <label className="race-checkbox">
          <input type="checkbox" checked={lane.penalizeBias} onChange={(event) => setLane(index, { penalizeBias: event.target.checked })} />
          {name} penalize bias
        </label>
      )}
      <OptimizerSettingsFields optimizer={optimizer} onChange={setOptimizer} owner={name} compact />
    </div>
  );
}
