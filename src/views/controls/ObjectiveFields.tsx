import { MAX_CLASSES, MIN_CLASSES } from '../../model/dataset';
import { DATASET_PRESETS } from '../../model/datasets/presets';
import type { ParametrizationKind } from '../../model/parameters';
import { useLab } from '../../store/LabStoreContext';
import { NumberField } from '../common/NumberField';
import { classLabel } from '../common/palette';
import { describeParameterCount } from './parameterCount';
import { SelectField, type SelectOption } from './SelectField';

export const PARAMETRIZATION_OPTIONS: readonly SelectOption<ParametrizationKind>[] = [
  { value: 'full', label: 'Full: K free rows' },
  { value: 'reference', label: 'Reference class: one row fixed at 0' },
];

/** K, how θ is parametrised, and the L2 penalty: everything that defines J. All but K keep the current θ. */
export function ObjectiveFields() {
  const classes = useLab((s) => s.classes);
  const model = useLab((s) => s.model);
  const redrawsData = useLab((s) => DATASET_PRESETS[s.dataset.preset].fixedClasses === null);
  const setClasses = useLab((s) => s.setClasses);
  const setModel = useLab((s) => s.setModel);
  const count = describeParameterCount(model, classes);
  const referenceOptions = Array.from({ length: classes }, (_, k) => ({ value: String(k), label: classLabel(k) }));

  return (
    <>
      <div className="controls-grid">
        <NumberField
          label="Classes"
          value={classes}
          onChange={setClasses}
          min={MIN_CLASSES}
          max={MAX_CLASSES}
          step={1}
          integer
          linearSlider
          hint={redrawsData ? 'Draws the data again and restarts the run' : 'Restarts the run; the points keep their labels, and classes beyond them get parameter rows with no points'}
        />
        <SelectField
          label="Parametrization"
          value={model.parametrization}
          options={PARAMETRIZATION_OPTIONS}
          onChange={(parametrization) => setModel({ parametrization })}
        />
        <SelectField
          label="Reference class"
          value={String(model.referenceClass)}
          options={referenceOptions}
          onChange={(reference) => setModel({ referenceClass: Number(reference) })}
          disabled={model.parametrization !== 'reference'}
          hint={model.parametrization !== 'reference' ? 'Used with the reference-class parametrization' : undefined}
        />
        <NumberField
          label="L2 strength"
          value={model.l2}
          onChange={(l2) => setModel({ l2 })}
          min={0}
          logSlider={{ minExponent: -4, maxExponent: 1, allowZero: true }}
          hint={model.penalizeBias ? 'λ in (λ/2) Σ_k ‖θ_k‖²; 0 = none' : 'λ in (λ/2) Σ_k ‖w_k‖² (the bias is not penalised); 0 = none'}
        />
      </div>
      <label className="controls-checkbox">
        <input type="checkbox" checked={model.penalizeBias} onChange={(event) => setModel({ penalizeBias: event.target.checked })} />
        Penalize bias
      </label>
      <p className="controls-param-count" aria-live="polite">
        {count.explanation}
      </p>
    </>
  );
}
