import { useId } from 'react';
import { DATASET_PRESET_IDS, DATASET_PRESETS, isDatasetPresetId, type PresetSetting } from '../../model/datasets/presets';
import { MAX_SEED, nextSeed } from '../../model/seed';
import { useLab } from '../../store/LabStoreContext';
import { MAX_NOISE, MAX_POINTS } from '../../store/schema/limits';
import { NumberField } from '../common/NumberField';

const SETTING_NAMES: readonly (readonly [PresetSetting, string])[] = [
  ['count', 'point count'],
  ['noise', 'noise'],
  ['seed', 'seed'],
];

/** "a", "a and b", "a, b and c". */
const listOf = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

/** The data-set preset and the settings it is drawn with; every change draws the points again. */
export function DatasetFields() {
  const selectId = useId();
  const dataset = useLab((s) => s.dataset);
  const setDataset = useLab((s) => s.setDataset);
  const preset = DATASET_PRESETS[dataset.preset];
  const adjustable = (setting: PresetSetting) => preset.adjustable.includes(setting);
  const unused = SETTING_NAMES.filter(([setting]) => !adjustable(setting)).map(([, name]) => name);

  return (
    <div className="dataset-fields">
      <div className="dataset-select">
        <label htmlFor={selectId}>Data set</label>
        <select
          id={selectId}
          value={dataset.preset}
          onChange={(event) => {
            if (isDatasetPresetId(event.target.value)) setDataset({ preset: event.target.value });
          }}
        >
          {DATASET_PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {DATASET_PRESETS[id].label}
            </option>
          ))}
        </select>
      </div>
      <div className="dataset-numbers">
        <NumberField
          label="Points"
          value={dataset.count}
          onChange={(count) => setDataset({ count })}
          min={0}
          max={MAX_POINTS}
          step={1}
          integer
          disabled={!adjustable('count')}
        />
        <NumberField
          label="Noise"
          value={dataset.noise}
          onChange={(noise) => setDataset({ noise })}
          min={0}
          max={MAX_NOISE}
          step={0.05}
          disabled={!adjustable('noise')}
        />
        <div className="seed-row">
          <NumberField
            label="Seed"
            value={dataset.seed}
            onChange={(seed) => setDataset({ seed })}
            min={0}
            max={MAX_SEED}
            step={1}
            integer
            disabled={!adjustable('seed')}
          />
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
