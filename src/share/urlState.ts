import type { RaceSettings } from '../store/race/raceSettings';
import { LAB_FIELDS } from '../store/schema/labFields';
import { valueAt, type SettingField } from '../store/schema/settingField';
import { DEFAULT_SETTINGS, type LabSettings } from '../store/settings';
import { encodePoints } from './pointsCodec';

/**
 * The version of the address format. A link records it as `v`, so that when a key or a meaning changes, the
 * next version can rewrite older links (in `migrated`) and a link in a course's notes keeps working. A link
 * carries data sets as seeds: a change to what a seed draws (src/model/rng.ts, a preset's sampler; pinned in
 * rng.test.ts and datasets/goldenPoints.test.ts) is a new version too, whose migration keeps older links drawing
 * their old points.
 */
export const ADDRESS_VERSION = 1;

/** What an address says: the lab settings it sets (the rest stay default), and a whole race if it has one. */
export interface AddressState {
  readonly lab: Partial<LabSettings>;
  readonly race: RaceSettings | null;
}

/** Writes a race's parameters into an address: raceAddress.ts's writeRace, which comes with the race's chunk. */
export type RaceWriter = (params: URLSearchParams, race: RaceSettings, classes: number) => void;

/** A race to put into an address, with the writer its chunk brought (a race exists only once that chunk is loaded). */
export interface AddressRace {
  readonly settings: RaceSettings;
  readonly write: RaceWriter;
}

/** The address parameters of the lab (and the race, when there is one): only what differs from the defaults. */
export function writeAddress(lab: LabSettings, race: AddressRace | null): URLSearchParams {
  const params = new URLSearchParams({ v: String(ADDRESS_VERSION) });
  // The data set's own K follows K unless the preset fixes its classes: write it only when they differ.
  const defaults = { ...DEFAULT_SETTINGS, dataset: { ...DEFAULT_SETTINGS.dataset, classes: lab.classes } };
  writeFields(params, LAB_FIELDS, lab, defaults);
  if (lab.pointsEdited) params.set('pts', encodePoints(lab.points));
  race?.write(params, race.settings, lab.classes);
  return params;
}

/** Sets the parameter of each field whose value differs from its value in `defaults`. */
export function writeFields(params: URLSearchParams, fields: readonly SettingField[], settings: object, defaults: object): void {
  for (const field of fields) {
    const text = field.codec.write(valueAt(settings, field.path) as never);
    if (text !== field.codec.write(valueAt(defaults, field.path) as never)) params.set(field.key, text);
  }
}
