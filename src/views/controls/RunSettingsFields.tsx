import { useLab } from '../../store/LabStoreContext';
import { NumberField } from '../common/NumberField';

const positive = (value: number) => (value > 0 ? null : 'Must be greater than 0');

/** How fast the animation runs and when a run counts as converged. */
export function RunSettingsFields() {
  const training = useLab((s) => s.training);
  const setTraining = useLab((s) => s.setTraining);
  return (
    <div className="controls-grid">
      <NumberField
        label="Steps per frame"
        value={training.stepsPerFrame}
        onChange={(stepsPerFrame) => setTraining({ stepsPerFrame })}
        min={1}
        max={1000}
        step={1}
        integer
        logSlider={{ minExponent: 0, maxExponent: 3 }}
      />
      <NumberField
        label="Tolerance"
        value={training.tolerance}
        onChange={(tolerance) => setTraining({ tolerance })}
        logSlider={{ minExponent: -12, maxExponent: -1 }}
        validate={positive}
        hint="Converged when ‖∇J‖∞ ≤ tolerance"
      />
    </div>
  );
}
