import { DATASET_PRESETS, type PresetSetting } from '../../model/datasets/presets';
import { nextSeed } from '../../model/seed';
import { useLab } from '../../store/LabStoreContext';
import { labField } from '../../store/schema/labFields';
import { SettingNumberField } from '../controls/SettingNumberField';
import { SettingSelectField } from '../controls/SettingSelectField';

const PRESET = labField('dataset', 'preset');
const COUNT = labField('dataset', 'count');
const NOISE = labField('dataset', 'noise');
const SEED = labField('dataset', 'seed');

const SETTING_NAMES: readonly (readonly [PresetSetting, string])[] = [
  ['count', 'point count'],
  ['noise', 'noise'],
  ['seed', 'seed'],
];

/** "a", "a and b", "a, b and c". */
const listOf = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

/** The data-set preset and the settings it is drawn with; every change draws the points again. */
export function DatasetFields() {
  const dataset = useLab((s) => s.dataset);
  const setDataset = useLab((s) => s.setDataset);
  const preset = DATASET_PRESETS[dataset.preset];
  const adjustable = (setting: PresetSetting) => preset.adjustable.includes(setting);
  const unused = SETTING_NAMES.filter(([setting]) => !adjustable(setting)).map(([, name]) => name);

  return (
    <div className="dataset-fields">
      <SettingSelectField field={PRESET} value={dataset.preset} onChange={(preset) => setDataset({ preset })} className="dataset-select" />
      <div className="dataset-numbers">
        <SettingNumberField field={COUNT} value={dataset.count} onChange={(count) => setDataset({ count })} disabled={!adjustable('count')} />
        <SettingNumberField field={NOISE} value={dataset.noise} onChange={(noise) => setDataset({ noise })} disabled={!adjustable('noise')} />
        <div className="seed-row">
          <SettingNumberField field={SEED} value={dataset.seed} onChange={(seed) => setDataset({ seed })} disabled={!adjustable('seed')} />
          <button
            type="button"
            onClick={() => setDataset({ seed: nextSeed(dataset.seed) })}
            disabled={!adjustable('seed')}
            title="Draw new points with the next seed (the same seed always draws the same points)"
          >
            Regenerate
          </button>
        </div>
      </div>
      {unused.length > 0 && <p className="field-hint dataset-unused">{`${preset.label} does not use the ${listOf(unused)}.`}</p>}
    </div>
  );
}
