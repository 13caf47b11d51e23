import type { LaneSettings } from '../../store/race/raceSettings';
import { useRace } from '../../store/race/RaceStoreContext';
import { labField } from '../../store/schema/labFields';
import { OptimizerSettingsFields } from '../controls/OptimizerSettingsFields';
import { SettingCheckbox } from '../controls/SettingCheckbox';
import { SettingNumberField } from '../controls/SettingNumberField';
import { SettingClassSelect, SettingSelectField } from '../controls/SettingSelectField';
import { laneName } from './laneStyle';

const PARAMETRIZATION = labField('model', 'parametrization');
const REFERENCE_CLASS = labField('model', 'referenceClass');
const L2 = labField('model', 'l2');
const PENALIZE_BIAS = labField('model', 'penalizeBias');

/** One lane's model and optimiser, from the lab's field table; every control is named after the lane ("Lane 2 optimizer"). */
export function LaneSettingsFields({ index, lane }: { index: number; lane: LaneSettings }) {
  const classes = useRace((s) => s.data.classes);
  const setLane = useRace((s) => s.setLane);
  const name = laneName(index);
  const { optimizer } = lane;
  const setOptimizer = (change: Partial<LaneSettings['optimizer']>) => setLane(index, { optimizer: change });

  return (
    <div className="race-lane-fields">
      <SettingSelectField field={PARAMETRIZATION} owner={name} compact className="race-lane-wide-field" value={lane.parametrization} onChange={(parametrization) => setLane(index, { parametrization })} />
      {(REFERENCE_CLASS.relevant?.({ model: lane }) ?? true) && (
        <SettingClassSelect field={REFERENCE_CLASS} owner={name} value={lane.referenceClass} classes={classes} onChange={(referenceClass) => setLane(index, { referenceClass })} />
      )}
      <SettingNumberField field={L2} owner={name} compact value={lane.l2} onChange={(l2) => setLane(index, { l2 })} />
      {lane.l2 > 0 && <SettingCheckbox field={PENALIZE_BIAS} owner={name} checked={lane.penalizeBias} onChange={(penalizeBias) => setLane(index, { penalizeBias })} className="race-checkbox" />}
      <OptimizerSettingsFields optimizer={optimizer} onChange={setOptimizer} owner={name} compact />
    </div>
  );
}
