import type { TrainingSettings } from '../../store/settings';
import { useLab } from '../../store/LabStoreContext';
import { fieldsOf } from '../../store/schema/labFields';
import { SettingInput } from './SettingInput';

/** The run's settings a person edits, in the table's order: a setting added to its training group appears here by itself. */
const TRAINING_INPUTS = fieldsOf('training').filter((entry) => entry.input !== undefined);

/** How fast the animation runs and the gradient tolerance at which a run counts as converged. */
export function RunSettingsFields() {
  const training = useLab((s) => s.training);
  const setTraining = useLab((s) => s.setTraining);
  return (
    <div className="controls-grid">
      {TRAINING_INPUTS.map((entry) => {
        const setting = entry.path[1] as keyof TrainingSettings;
        return <SettingInput key={setting} field={entry} value={training[setting]} onChange={(value) => setTraining({ [setting]: value })} />;
      })}
    </div>
  );
}
