import { defaultRaceSettings } from '../store/race/racePresets';
import { RACE_FIELDS } from '../store/race/raceSettings';
import { LAB_FIELDS } from '../store/schema/labFields';
import { valueAt, type SettingField } from '../store/schema/settingField';
import { DEFAULT_SETTINGS } from '../store/settings';

/**
 * The address parameters as a Markdown table, made from the same field table that reads them, so the README's
 * list (checked against this by a test) cannot drift from what the app accepts.
 */
export function settingsTable(): string {
  const race = defaultRaceSettings(DEFAULT_SETTINGS.classes);
  const row = (field: SettingField, defaults: object) => {
    const value = field.key === 'lanes' ? 'the preset’s' : field.codec.write(valueAt(defaults, field.path) as never);
    return `| \`${field.key}\` | ${field.label} | ${field.expected} | \`${value}\` |`;
  };
  return [
    '| parameter | setting | a usable value is | default |',
    '|---|---|---|---|',
    ...LAB_FIELDS.map((field) => row(field, DEFAULT_SETTINGS)),
    '| `pts` | Points drawn or imported by hand | written by the app (base64url, 24-bit coordinates) | the data set’s own points |',
    ...RACE_FIELDS.map((field) => row(field, race)),
  ].join('\n');
}
