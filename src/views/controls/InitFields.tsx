import { useLab } from '../../store/LabStoreContext';
import { labField } from '../../store/schema/labFields';
import { fieldProblem } from '../../store/schema/settingField';
import { NumberField } from '../common/NumberField';
import { partLabels } from './settingInputs';
import { SettingNumberField } from './SettingNumberField';
import { SettingSelectField } from './SettingSelectField';

const KIND = labField('init', 'kind');
const SEED = labField('init', 'seed');
const SCALE = labField('init', 'scale');
const OFFSET = labField('init', 'offset');
const OFFSET_LABELS = partLabels(OFFSET);

/**
 * Where θ starts: zeros or a seeded random draw, plus an offset c added to every row. c changes only the
 * redundant class-mean, so two starts differing in c give the same classifier — a way to watch what each
 * optimiser does with the flat direction. Any change restarts the run.
 */
export function InitFields() {
  const init = useLab((s) => s.init);
  const setInit = useLab((s) => s.setInit);
  const relevant = (entry: typeof SEED | typeof SCALE) => entry.relevant?.({ init }) ?? true;
  const offsetWith = (index: number, value: number) => init.offset.map((part, i) => (i === index ? value : part)) as [number, number, number];
  return (
    <fieldset className="controls-group">
      <legend>Initial θ</legend>
      <p className="controls-note">Changing any of these resets the run to step 0.</p>
      <div className="controls-grid">
        <SettingSelectField field={KIND} value={init.kind} onChange={(kind) => setInit({ kind })} />
        {relevant(SEED) && <SettingNumberField field={SEED} value={init.seed} onChange={(seed) => setInit({ seed })} />}
        {relevant(SCALE) && <SettingNumberField field={SCALE} value={init.scale} onChange={(scale) => setInit({ scale })} />}
      </div>
      <fieldset className="controls-offset">
        <legend>Offset c added to every row: moves only the redundant class-mean, not the classifier</legend>
        <div className="controls-offset-fields">
          {OFFSET_LABELS.map((label, index) => (
            <NumberField
              key={label}
              label={label}
              value={init.offset[index]}
              onChange={(value) => setInit({ offset: offsetWith(index, value) })}
              validate={(value) => fieldProblem(OFFSET, offsetWith(index, value))}
            />
          ))}
        </div>
      </fieldset>
    </fieldset>
  );
}
