import { useLab } from '../../store/LabStoreContext';
import { labField } from '../../store/schema/labFields';
import { SettingNumberField } from './SettingNumberField';

const STEPS_PER_FRAME = labField('training', 'stepsPerFrame');
const TOLERANCE = labField('training', 'tolerance');

/** How fast the animation runs and the gradient tolerance at which a run counts as converged. */
export function RunSettingsFields() {
  const training = useLab((s) => s.training);
  const setTraining = useLab((s) => s.setTraining);
  return (
    <div className="controls-grid">
      <SettingNumberField
        field={STEPS_PER_FRAME}
        value={training.stepsPerFrame}
        onChange={(stepsPerFrame) => setTraining({ stepsPerFrame })}
        hint="At most this many: a frame stops stepping early when its steps take too long, so the page stays smooth"
      />
      <SettingNumberField
        field={TOLERANCE}
        value={training.tolerance}
        onChange={(tolerance) => setTraining({ tolerance })}
        hint="The run stops as converged when ‖∇J‖∞ ≤ this"
      />
    </div>
  );
}
