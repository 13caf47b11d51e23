import { DATASET_PRESETS } from '../../model/datasets/presets';
import { useLab } from '../../store/LabStoreContext';
import { labField } from '../../store/schema/labFields';
import { describeParameterCount } from './parameterCount';
import { SettingCheckbox } from './SettingCheckbox';
import { SettingNumberField } from './SettingNumberField';
import { SettingClassSelect, SettingSelectField } from './SettingSelectField';

const CLASSES = labField('classes');
const PARAMETRIZATION = labField('model', 'parametrization');
const REFERENCE_CLASS = labField('model', 'referenceClass');
const L2 = labField('model', 'l2');
const PENALIZE_BIAS = labField('model', 'penalizeBias');

/** K, how θ is parametrised, and the L2 penalty: everything that defines J. All but K keep the current θ. */
export function ObjectiveFields() {
  const classes = useLab((s) => s.classes);
  const model = useLab((s) => s.model);
  const redrawsData = useLab((s) => DATASET_PRESETS[s.dataset.preset].fixedClasses === null);
  const setClasses = useLab((s) => s.setClasses);
  const setModel = useLab((s) => s.setModel);
  const count = describeParameterCount(model, classes);
  const referenceUsed = REFERENCE_CLASS.relevant?.({ model }) ?? true;

  return (
    <>
      <div className="controls-grid">
        <SettingNumberField
          field={CLASSES}
          value={classes}
          onChange={setClasses}
          hint={redrawsData ? 'Draws the data again and restarts the run' : 'Restarts the run; the points keep their labels, and classes beyond them get parameter rows with no points'}
        />
        <SettingSelectField field={PARAMETRIZATION} value={model.parametrization} onChange={(parametrization) => setModel({ parametrization })} />
        <SettingClassSelect
          field={REFERENCE_CLASS}
          value={model.referenceClass}
          classes={classes}
          onChange={(referenceClass) => setModel({ referenceClass })}
          disabled={!referenceUsed}
          hint={referenceUsed ? undefined : 'Used with the reference-class parametrization'}
        />
        <SettingNumberField
          field={L2}
          value={model.l2}
          onChange={(l2) => setModel({ l2 })}
          hint={model.penalizeBias ? 'λ in (λ/2) Σ_k ‖θ_k‖²; 0 = none' : 'λ in (λ/2) Σ_k ‖w_k‖² (the bias is not penalised); 0 = none'}
        />
      </div>
      <SettingCheckbox field={PENALIZE_BIAS} checked={model.penalizeBias} onChange={(penalizeBias) => setModel({ penalizeBias })} className="controls-checkbox" />
      <p className="controls-param-count" aria-live="polite">
        {count.explanation}
      </p>
    </>
  );
}
