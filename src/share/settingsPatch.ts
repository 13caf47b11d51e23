import { cutShort } from '../model/plainText';
import { LAB_FIELDS } from '../store/schema/labFields';
import { accepts, sentenceFor, valueAt, withValueAt } from '../store/schema/settingField';
import type { LabSettings } from '../store/settings';

const GROUPS = new Set(LAB_FIELDS.filter((field) => field.path.length === 2).map((field) => field.path[0]));
const NAMES = new Set(LAB_FIELDS.map((field) => field.path.join('.')));

/**
 * Settings with an untrusted partial change applied (an embed's `set` command): each value is checked against
 * its field, a usable one replaces the current value, an unusable or unknown one is left out with a notice. How
 * the values fit together (K, the reference class) is then the store's applySettings' to check, whole.
 */
export function patchSettings(current: LabSettings, patch: unknown): { readonly settings: LabSettings; readonly notices: readonly string[] } {
  const notices: string[] = [];
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return { settings: current, notices: ['The settings to set must be an object.'] };
  let settings = current;
  for (const field of LAB_FIELDS) {
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
    const names = GROUPS.has(key) && typeof value === 'object' && value !== null ? Object.keys(value).map((name) => `${key}.${name}`) : [key];
    for (const name of names) if (!NAMES.has(name)) notices.push(`${cutShort(name, 40)}: not a setting, ignored.`);
  }
  return { settings, notices };
}
