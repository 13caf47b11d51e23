import { OPTIMIZER_KINDS, type NewtonSingularTreatment, type OptimizerKind } from '../../model/optimizers';
import type { ParametrizationKind } from '../../model/parameters';
import type { LaneSettings } from '../../store/race/raceSettings';
import { useRace, useRaceStore } from '../../store/race/RaceStoreContext';
import { NumberField } from '../common/NumberField';
import { OPTIMIZER_LABELS, relevantOptimizerSettings } from '../controls/optimizerInfo';
import { classLabel } from '../common/palette';
import { SelectField, type SelectOption } from '../controls/SelectField';
import { laneName } from './laneStyle';

const PARAMETRIZATION_OPTIONS: readonly SelectOption<ParametrizationKind>[] = [
  { value: 'full', label: 'Full: K free rows' },
  { value: 'reference', label: 'Reference class: one row fixed at 0' },
];
const OPTIMIZER_OPTIONS: readonly SelectOption<OptimizerKind>[] = OPTIMIZER_KINDS.map((kind) => ({ value: kind, label: OPTIMIZER_LABELS[kind] }));
const TREATMENT_OPTIONS: readonly SelectOption<NewtonSingularTreatment>[] = [
  { value: 'pseudoinverse', label: 'Pseudo-inverse' },
  { value: 'damping', label: 'Damping' },
];

const positive = (value: number) => (value > 0 ? null : 'Must be greater than 0');
const belowOne = (value: number) => (value < 1 ? null : 'Must be below 1');

/** One lane's model and optimiser; every control is named after the lane ("Lane 2 optimizer"). */
export function LaneSettingsFields({ index, lane }: { index: number; lane: LaneSettings }) {
  const classes = useRace((s) => s.data.classes);
  const setLane = useRaceStore().getState().setLane;
  const name = laneName(index);
  const { optimizer } = lane;
  const relevant = relevantOptimizerSettings(optimizer);
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
      <SelectField label={`${name} optimizer`} value={optimizer.kind} options={OPTIMIZER_OPTIONS} onChange={(kind) => setOptimizer({ kind })} />
      {relevant.has('learningRate') && (
        <NumberField label={`${name} learning rate`} value={optimizer.learningRate} onChange={(learningRate) => setOptimizer({ learningRate })} validate={positive} />
      )}
      {relevant.has('batchSize') && (
        <NumberField label={`${name} batch size`} value={optimizer.batchSize} onChange={(batchSize) => setOptimizer({ batchSize })} min={0} integer hint="0 = all points" />
      )}
      {relevant.has('momentum') && (
        <NumberField label={`${name} momentum β`} value={optimizer.momentum} onChange={(momentum) => setOptimizer({ momentum })} min={0} validate={belowOne} />
      )}
      {relevant.has('beta1') && (
        <NumberField label={`${name} Adam β1`} value={optimizer.beta1} onChange={(beta1) => setOptimizer({ beta1 })} min={0} validate={belowOne} />
      )}
      {relevant.has('beta2') && (
        <NumberField label={`${name} Adam β2`} value={optimizer.beta2} onChange={(beta2) => setOptimizer({ beta2 })} min={0} validate={belowOne} />
      )}
      {relevant.has('newtonTreatment') && (
        <SelectField
          label={`${name} Newton treatment`}
          value={optimizer.newtonTreatment}
          options={TREATMENT_OPTIONS}
          onChange={(newtonTreatment) => setOptimizer({ newtonTreatment })}
        />
      )}
      {relevant.has('damping') && (
        <NumberField label={`${name} damping μ`} value={optimizer.damping} onChange={(damping) => setOptimizer({ damping })} validate={positive} />
      )}
    </div>
  );
}
