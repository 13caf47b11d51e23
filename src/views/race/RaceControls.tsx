import type { RaceStatus } from '../../store/race/raceRunState';
import { RACE_STOP_GRADIENT } from '../../store/race/laneRunner';
import { RACE_PRESETS } from '../../store/race/racePresets';
import { MAX_LANES, MIN_LANES, RACE_DATA, RACE_PRESET_IDS, RACE_STEPS_PER_FRAME, RACE_TARGET_GAP, type RacePresetId } from '../../store/race/raceSettings';
import { useRace } from '../../store/race/RaceStoreContext';
import { formatShortest } from '../../model/numberFormat';
import type { Separation } from '../../model/separability';
import { formatCount } from '../common/format';
import { Panel } from '../common/Panel';
import { SelectField, type SelectOption } from '../controls/SelectField';
import { SettingNumberField } from '../controls/SettingNumberField';
import { SettingSelectField } from '../controls/SettingSelectField';
import { RaceButtons } from './RaceButtons';
import { useRaceReadout } from './useRaceReadout';

type PresetChoice = RacePresetId | 'custom';

const PRESET_OPTIONS: readonly SelectOption<PresetChoice>[] = [
  ...RACE_PRESET_IDS.map((id) => ({ value: id, label: RACE_PRESETS[id].label })),
  { value: 'custom', label: 'Custom (lanes changed by hand)' },
];

const STATUS_TEXT: Record<RaceStatus, string> = { ready: 'ready', playing: 'racing', paused: 'paused', finished: 'finished' };

/** How the race's points lie, in the Data panel's words (classifySeparation). */
const SEPARATION_TEXT: Record<Separation, string> = {
  noPoints: '',
  overlapping: ', not separable',
  quasiCompletelySeparated: ', quasi-completely separated',
  completelySeparable: ', linearly separable',
};

/** Runs the race and sets it up: preset, data, tolerance, speed and the number of lanes. */
export function RaceControls({ onPlay }: { onPlay(): void }) {
  const status = useRace((s) => s.status);
  const step = useRaceReadout((s) => s.step);
  const preset = useRace((s) => s.settings.preset);
  const data = useRace((s) => s.settings.data);
  const tolerance = useRace((s) => s.settings.tolerance);
  const stepsPerFrame = useRace((s) => s.settings.stepsPerFrame);
  const laneCount = useRace((s) => s.settings.lanes.length);
  const pointCount = useRace((s) => s.points.length);
  const classes = useRace((s) => s.data.classes);
  const separation = useRace((s) => s.separation);
  const message = useRace((s) => s.message);
  const dismissMessage = useRace((s) => s.dismissMessage);
  const choosePreset = useRace((s) => s.choosePreset);
  const setDataSource = useRace((s) => s.setDataSource);
  const setTolerance = useRace((s) => s.setTolerance);
  const setStepsPerFrame = useRace((s) => s.setStepsPerFrame);
  const addLane = useRace((s) => s.addLane);
  const removeLane = useRace((s) => s.removeLane);

  return (
    <Panel title="Race" className="race-controls">
      <div className="race-run-row">
        <RaceButtons onPlay={onPlay} />
        <p className="race-step-counter">
          <span>Race step {formatCount(step)}</span> <span className={`race-status race-status-${status}`}>{STATUS_TEXT[status]}</span>
        </p>
      </div>
      {message && (
        <p className="race-message" role="status">
          {message}{' '}
          <button type="button" className="link-button" onClick={dismissMessage} aria-label="Dismiss race message">
            ×
          </button>
        </p>
      )}
      <div className="race-settings">
        <SelectField
          className="race-preset-field"
          label="Race preset"
          value={preset}
          options={preset === 'custom' ? PRESET_OPTIONS : PRESET_OPTIONS.filter((option) => option.value !== 'custom')}
          onChange={(id) => id !== 'custom' && choosePreset(id)}
          hint={preset === 'custom' ? undefined : RACE_PRESETS[preset].question}
        />
        <SettingSelectField
          field={RACE_DATA}
          value={data}
          onChange={setDataSource}
          hint={`${formatCount(pointCount)} points, K = ${formatCount(classes)}${SEPARATION_TEXT[separation]}`}
        />
        <SettingNumberField field={RACE_TARGET_GAP} value={tolerance} onChange={setTolerance} hint={`Target: loss within ${formatShortest(tolerance)} of the lowest loss J*`} />
        <SettingNumberField field={RACE_STEPS_PER_FRAME} value={stepsPerFrame} onChange={setStepsPerFrame} />
      </div>
      <div className="race-lane-buttons">
        <button type="button" onClick={addLane} disabled={laneCount >= MAX_LANES}>
          Add lane
        </button>
        <button type="button" onClick={removeLane} disabled={laneCount <= MIN_LANES}>
          Remove lane
        </button>
        <span className="race-note">
          {formatCount(laneCount)} lanes ({MIN_LANES}–{MAX_LANES}). Changing a lane, the preset or the data restarts the race. A lane stops
          when ‖∇J‖∞ ≤ {formatShortest(RACE_STOP_GRADIENT)} (never without a minimum) or when J no longer changes. Keys: Space plays or pauses, → or S steps, R resets.
        </span>
      </div>
    </Panel>
  );
}
