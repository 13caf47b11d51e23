import { quoteShort } from '../model/plainText';
import { MAX_CLASSES, MIN_CLASSES, type Point } from '../model/dataset';
import { DATASET_PRESETS } from '../model/datasets/presets';
import { LAB_FIELDS } from '../store/schema/labFields';
import { accepts, sentenceFor, valueAt, withValueAt, type SettingField } from '../store/schema/settingField';
import { DEFAULT_SETTINGS, type LabSettings } from '../store/settings';
import { EMBED_KEYS } from './embedOptions';
import { decodePoints } from './pointsCodec';
import { ADDRESS_VERSION, type AddressState } from './urlState';

// Reading an address (or a kept session) is needed only when the page opens with one: this module loads then,
// not with the start bundle. Writing one (urlState.ts) is the other half of the same format.

const LAB_KEYS = LAB_FIELDS.map((field) => field.key);
/** The parameters read without the race's module; any other is a race parameter or unknown (see readAddress). */
const LAB_AND_EMBED_KEYS = new Set<string>(['v', 'pts', ...LAB_KEYS, ...EMBED_KEYS]);
/** Longer parameter values are cut in notices: a notice names the problem, it does not echo the input. */
const shown = (text: string) => quoteShort(text);

/**
 * What an address says, or null when it carries no settings (a bare address, or only embed options). Each
 * unusable value falls back to its default with a notice naming the parameter and what was expected; the rest of
 * the address still applies. Nothing read here is ever inserted as HTML. An address with parameters beyond the
 * lab's and the embed's waits for the race's module, which reads the race and tells its keys from unknown ones;
 * any other address is read without it.
 */
export async function readAddress(address: URLSearchParams): Promise<{ readonly state: AddressState | null; readonly notices: readonly string[] }> {
  const notices: string[] = [];
  const params = checkedVersion(address, notices);
  const others = [...new Set(params.keys())].filter((key) => !LAB_AND_EMBED_KEYS.has(key));
  const raceAddress = others.length > 0 ? await import('./raceAddress') : null;
  const carriesRace = raceAddress !== null && others.some(raceAddress.isRaceKey);
  for (const key of others) {
    if (!raceAddress!.isRaceKey(key)) notices.push(`${shown(key)} is not a setting of this version of Softmax Lab, so it was ignored.`);
  }
  const carriesLab = LAB_KEYS.some((key) => params.has(key)) || params.has('pts');
  if (!carriesLab && !carriesRace) return { state: null, notices };

  let lab: Partial<LabSettings> = readFields(params, LAB_FIELDS, DEFAULT_SETTINGS, notices);
  if (!params.has('dk')) lab = { ...lab, dataset: { ...lab.dataset!, classes: lab.classes! } };
  const points = usablePoints(readPoints(params.get('pts'), notices), notices);
  lab = classesForThePoints(params, lab, points, notices);
  lab = classIndicesBelowK(params, lab, notices);
  if (points !== null) lab = { ...lab, points, pointsEdited: true };
  return { state: { lab, race: carriesRace ? raceAddress!.readRace(params, lab.classes!, notices) : null }, notices };
}

/** Reads each field's parameter into `defaults`; a value the field refuses leaves the default, with a notice. */
export function readFields<S extends object>(params: URLSearchParams, fields: readonly SettingField[], defaults: S, notices: string[]): S {
  let settings = defaults;
  for (const field of fields) {
    const text = params.get(field.key);
    if (text === null) continue;
    const value = field.codec.read(text);
    if (value !== undefined && accepts(field, value)) settings = withValueAt(settings, field.path, value);
    else notices.push(`${field.key}=${shown(text)}: ${sentenceFor(field)} The default was used.`);
  }
  return settings;
}

/** The fields that name one of the K classes: usable only below the link's K, which they come before in no order. */
const CLASS_INDEX_FIELDS = LAB_FIELDS.filter((field) => field.key === 'ref' || field.key === 'cls');

/**
 * A reference class or selected class the link names at or beyond its K is refused like any unusable value (never
 * moved to the last class without a word): the default is used, with a notice naming the parameter. (A default
 * beyond K follows K, as it does when K changes.)
 */
function classIndicesBelowK(params: URLSearchParams, lab: Partial<LabSettings>, notices: string[]): Partial<LabSettings> {
  const classes = lab.classes!;
  let checked = lab;
  for (const field of CLASS_INDEX_FIELDS) {
    const text = params.get(field.key);
    if (text === null || (valueAt(checked, field.path) as number) < classes) continue;
    notices.push(`${field.key}=${shown(text)}: ${field.label} must be one of the classes 0 to ${classes - 1} (this link has K = ${classes}). The default was used.`);
    checked = withValueAt(checked, field.path, valueAt(DEFAULT_SETTINGS, field.path));
  }
  return checked;
}

/** Points whose labels no K can hold are dropped, with a notice: the data set's own points are drawn instead. */
function usablePoints(points: Point[] | null, notices: string[]): Point[] | null {
  if (points === null) return null;
  const largest = largestLabel(points);
  if (largest < MAX_CLASSES) return points;
  notices.push(`pts: the points in this link use class ${largest}, but K is at most ${MAX_CLASSES}, so the data set’s own points were drawn.`);
  return null;
}

const largestLabel = (points: readonly Point[]) => points.reduce((largest, point) => Math.max(largest, point.label), -1);

/**
 * K must cover the classes the points use: the link's points, or a data set with its own classes (iris has 3). A
 * smaller K is raised to fit, with a notice naming `k` and the K used; the points, which are the user's, are kept.
 */
function classesForThePoints(params: URLSearchParams, lab: Partial<LabSettings>, points: readonly Point[] | null, notices: string[]): Partial<LabSettings> {
  const preset = DATASET_PRESETS[lab.dataset!.preset];
  const needed = points !== null ? largestLabel(points) + 1 : (preset.fixedClasses ?? MIN_CLASSES);
  if (needed <= lab.classes!) return lab;
  const why = points !== null ? `the points in pts use class ${needed - 1}` : `the ${preset.label} data set has ${needed} classes`;
  const text = params.get('k');
  notices.push(
    text === null
      ? `K = ${needed} was used: ${why}, and the link gives no k.`
      : `k=${shown(text)}: ${why}, so K must be at least ${needed}. K = ${needed} was used.`,
  );
  return { ...lab, classes: needed, dataset: { ...lab.dataset!, classes: params.has('dk') ? lab.dataset!.classes : needed } };
}

function readPoints(text: string | null, notices: string[]): Point[] | null {
  if (text === null) return null;
  const points = decodePoints(text);
  if (points === null) notices.push('pts: the points in this link could not be read (the link may be cut short), so the data set’s own points were drawn.');
  return points;
}

/**
 * The parameters in the current format. Version 1 is the first, so there is nothing older to rewrite yet; a link
 * from a newer version is read as far as this one understands it.
 */
function checkedVersion(params: URLSearchParams, notices: string[]): URLSearchParams {
  const text = params.get('v');
  if (text === null) return params;
  const version = Number(text);
  if (!Number.isInteger(version) || version < 1) {
    notices.push(`v=${shown(text)}: the link’s format version must be a whole number from 1; it was read as version ${ADDRESS_VERSION}.`);
    return params;
  }
  if (version > ADDRESS_VERSION) {
    notices.push(
      `This link was made by a newer Softmax Lab (format ${version}); settings this version does not know were ignored, and its data may be drawn with other points than its author saw.`,
    );
    return params;
  }
  return params;
}
