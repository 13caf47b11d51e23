import { cutShort } from '../model/plainText';
import { LAB_FIELDS } from '../store/schema/labFields';
import { accepts, sentenceFor, valueAt, withValueAt } from '../store/schema/settingField';
import type { LabSettings } from '../store/settings';

/**
 * An object written as `{ … }` (or made with Object.create(null)): not an array, a Date, a Map or another class's
 * instance, whose fields a settings patch would silently not find. postMessage's structured clone keeps a Date a
 * Date, so a host can send one.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

const GROUPS = new Set(LAB_FIELDS.filter((field) => field.path.length === 2).map((field) => field.path[0]));
const NAMES = new Set(LAB_FIELDS.map((field) => field.path.join('.')));

/** One setting's name in a group, for an example in a notice. */
const exampleName = (group: string) => LAB_FIELDS.find((field) => field.path[0] === group)?.path[1] ?? 'name';

/**
 * Settings with an untrusted partial change applied (an embed's `set` command): each value is checked against
 * its field, a usable one replaces the current value, an unusable or unknown one is left out with a notice. How
 * the values fit together (K, the reference class) is then the store's applySettings' to check, whole.
 */
export function patchSettings(current: LabSettings, patch: unknown): { readonly settings: LabSettings; readonly notices: readonly string[] } {
  const notices: string[] = [];
  if (!isPlainObject(patch)) return { settings: current, notices: ['The settings to set must be a plain object.'] };
  let settings = current;
  for (const field of LAB_FIELDS) {
    // A group given as something else than a plain object is refused whole, below.
    if (field.path.length === 2 && !isPlainObject(patch[field.path[0]]) && field.path[0] in patch) continue;
    const value = valueAt(patch, field.path);
    if (value === undefined) continue;
    if (accepts(field, value)) settings = withValueAt(settings, field.path, value);
    else notices.push(`${field.path.join('.')}: ${sentenceFor(field)}`);
  }
  if ('points' in patch) {
    const points = (patch as { points: unknown }).points;
    if (Array.isArray(points)) settings = { ...settings, points: points as LabSettings['points'], pointsEdited: true };
    else notices.push('points: The points must be a list of { x1, x2, label }.');
  }
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'points') continue;
    if (GROUPS.has(key) && !isPlainObject(value)) {
      notices.push(`${key}: must be a plain object of its settings, e.g. { ${key}: { ${exampleName(key)}: … } }; ignored.`);
      continue;
    }
    const names = GROUPS.has(key) && typeof value === 'object' && value !== null ? Object.keys(value).map((name) => `${key}.${name}`) : [key];
    for (const name of names) if (!NAMES.has(name)) notices.push(`${cutShort(name, 40)}: not a setting, ignored.`);
  }
  return { settings, notices };
}
