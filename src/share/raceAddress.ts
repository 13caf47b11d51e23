import { quoteShort } from '../model/plainText';
import { defaultRaceSettings, presetSettings, RACE_PRESETS } from '../store/race/racePresets';
import { RACE_FIELDS, raceDataLabel, type RaceSettings } from '../store/race/raceSettings';
import { readFields } from './addressReader';
import { writeFields } from './urlState';

// The race's part of an address. Its own module, loaded with the race (or, at start, only for an address with
// parameters beyond the lab's and the embed's): the race's field table and presets stay out of the start bundle.

const RACE_KEYS = new Set(RACE_FIELDS.map((field) => field.key));

/** Whether `key` is one of the race's parameters. */
export const isRaceKey = (key: string): boolean => RACE_KEYS.has(key);

/** Writes the race's parameters that differ from the default race for K = `classes`. */
export function writeRace(params: URLSearchParams, race: RaceSettings, classes: number): void {
  const raceDefaults = race.preset === 'custom' ? defaultRaceSettings(classes) : { ...defaultRaceSettings(classes), lanes: race.lanes };
  writeFields(params, RACE_FIELDS, race, raceDefaults);
  // A preset's lanes follow from the preset and K; only lanes changed by hand travel.
  if (race.preset === 'custom') params.set('lanes', RACE_FIELDS.find((field) => field.key === 'lanes')!.codec.write(race.lanes));
}

/** The race an address with race parameters describes; unusable values fall back to the default race's, with a notice. */
export function readRace(params: URLSearchParams, classes: number, notices: string[]): RaceSettings {
  let read = readFields(params, RACE_FIELDS, defaultRaceSettings(classes), notices);
  // A lane's reference class beyond K is refused (never moved to the last class without a word): the default lanes run.
  const beyond = read.lanes.findIndex((lane) => lane.parametrization === 'reference' && lane.referenceClass >= classes);
  if (params.has('lanes') && beyond >= 0) {
    notices.push(
      `lanes: lane ${beyond + 1}’s reference class ${read.lanes[beyond].referenceClass} must be one of the classes 0 to ${classes - 1} (this link has K = ${classes}). The default lanes were used.`,
    );
    read = { ...read, lanes: defaultRaceSettings(classes).lanes };
  }
  // A preset's lanes follow from the preset (and K) unless the link carries lanes of its own.
  if (params.has('lanes') || read.preset === 'custom') return read;
  const preset = RACE_PRESETS[read.preset];
  // A preset runs on its own data (the app writes a preset's race with it): other data is refused with a word.
  const data = params.get('rdata');
  if (data !== null && data === read.data && read.data !== preset.data) {
    notices.push(`rdata=${quoteShort(data)}: the race preset “${preset.label}” runs on its own data, “${raceDataLabel(preset.data)}”, which was used. To run its lanes on other points, choose them under Race data.`);
  }
  return presetSettings(read.preset, classes, read);
}
