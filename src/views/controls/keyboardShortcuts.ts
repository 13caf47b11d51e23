export type ShortcutAction = 'togglePlay' | 'step' | 'reset';

/** The keys, as the help dialog lists them; `presentation`: only there (in the lab, Page Down scrolls the page). */
export const SHORTCUTS: readonly { readonly keys: readonly string[]; readonly action: string; readonly presentation?: true }[] = [
  { keys: ['Space'], action: 'Play / pause' },
  { keys: ['→', 'S'], action: 'One step' },
  { keys: ['R'], action: 'Reset to the initial θ' },
  { keys: ['Page Down', 'N'], action: 'Next lesson, set up', presentation: true },
  { keys: ['Page Up', 'P'], action: 'Previous lesson, set up', presentation: true },
];

/** What the keyboard event happened on, reduced to what decides whether a shortcut may take the key. */
export interface KeyTarget {
  /** Upper-case tag name, as `Element.tagName` gives it. */
  readonly tagName: string;
  /** The `type` of an input element. */
  readonly type?: string;
  readonly role?: string | null;
  readonly isContentEditable?: boolean;
  /** Inside an open dialog (the shortcut help): keys there belong to the dialog. */
  readonly insideDialog?: boolean;
}

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  /** A held key's auto-repeat. */
  readonly repeat: boolean;
}

/** Input types that take no typing: every other input (text, number, …) owns all its keys. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'color', 'file', 'image']);
/** Elements that use Space themselves (activate, toggle). */
const SPACE_TAGS = new Set(['BUTTON', 'A', 'SUMMARY']);
const SPACE_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file', 'image']);
const SPACE_ROLES = new Set(['button', 'checkbox', 'switch', 'radio', 'menuitem', 'tab', 'option', 'link']);
/** Elements that use the arrow keys themselves. */
const ARROW_INPUTS = new Set(['range', 'radio']);
const ARROW_ROLES = new Set(['slider', 'tab', 'tablist', 'radiogroup', 'listbox', 'menu', 'menubar', 'grid', 'tree', 'spinbutton']);

const inputType = (target: KeyTarget) => (target.tagName === 'INPUT' ? (target.type ?? 'text').toLowerCase() : null);

function isTextEntry(target: KeyTarget): boolean {
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  const type = inputType(target);
  return type !== null && !NON_TEXT_INPUTS.has(type);
}

/** Whether the key belongs to what the event happened on, whatever the key: typing, a modifier, the help dialog. */
function keyBelongsToTarget(press: KeyPress, target: KeyTarget): boolean {
  return press.ctrlKey || press.metaKey || press.altKey || press.shiftKey || target.insideDialog === true || isTextEntry(target);
}

/**
 * The lesson a key turns to in presentation: +1 (Page Down, N) or −1 (Page Up, P), or null. A held key turns
 * only once: each turn sets a lesson up, and a class must see it.
 */
export function lessonTurnFor(press: KeyPress, target: KeyTarget): 1 | -1 | null {
  if (press.repeat || keyBelongsToTarget(press, target)) return null;
  switch (press.key) {
    case 'PageDown':
    case 'n':
    case 'N':
      return 1;
    case 'PageUp':
    case 'p':
    case 'P':
      return -1;
    default:
      return null;
  }
}

/**
 * The lab action a key press asks for, or null when the key belongs to whatever has focus: nothing fires
 * while typing in a field or a select, with a modifier held (browser shortcuts), or inside the help dialog.
 * Space is left to buttons and checkboxes, which activate on it; → is left to sliders and other arrow users.
 * Holding → or S repeats the step; holding Space or R does not toggle or reset again.
 */
export function shortcutFor(press: KeyPress, target: KeyTarget): ShortcutAction | null {
  if (keyBelongsToTarget(press, target)) return null;
  const role = target.role ?? '';
  const type = inputType(target) ?? '';
  switch (press.key) {
    case ' ':
      if (press.repeat || SPACE_TAGS.has(target.tagName) || SPACE_INPUTS.has(type) || SPACE_ROLES.has(role)) return null;
      return 'togglePlay';
    case 'ArrowRight':
      return ARROW_INPUTS.has(type) || ARROW_ROLES.has(role) ? null : 'step';
    case 's':
    case 'S':
      return 'step';
    case 'r':
    case 'R':
      return press.repeat ? null : 'reset';
    default:
      return null;
  }
}
