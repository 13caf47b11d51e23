import { useLab } from '../../store/LabStoreContext';
import { MAX_STEPS_PER_FRAME } from '../../store/schema/limits';
import { NumberField } from '../common/NumberField';

const positive = (value: number) => (value > 0 ? null : 'Must be greater than 0');

/** How fast the animation runs and the gradient tolerance at which a run counts as converged. */
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
        max={MAX_STEPS_PER_FRAME}
        step={1}
        integer
        logSlider={{ minExponent: 0, maxExponent: Math.log10(MAX_STEPS_PER_FRAME) }}
        hint="At most this many: a frame stops stepping early when its steps take too long, so the page stays smooth"
      />
      <NumberField
        label="Gradient tolerance"
        value={training.tolerance}
        onChange={(tolerance) => setTraining({ tolerance })}
        logSlider={{ minExponent: -12, maxExponent: -1 }}
        validate={positive}
        hint="The run stops as converged when ‖∇J‖∞ ≤ this"
      />
    </div>
  );
}
