import { shallow } from 'zustand/shallow';
import type { AppStore } from '../store/createAppStore';
import { FRAME_BUDGET_MS, pageClock, type Clock } from '../store/frameLoop';
import type { RunStatus } from '../store/runState';
import { MAX_POINTS } from '../store/schema/limits';
import { settingsOf, type LabSettings } from '../store/settings';
import { isPlainObject, patchSettings } from './settingsPatch';

/**
 * The embed's postMessage API (documented in the README, "Embedding"). Every message the embed posts carries
 * `source: 'softmax-lab'`, so a host page that listens to several frames can tell them apart. Messages from the
 * host are untrusted: they are read field by field here, never evaluated or inserted as HTML.
 */
export const EMBED_SOURCE = 'softmax-lab';
/**
 * The most steps one `step` command may ask for. On the default 200 points 10,000 GD steps take about half a
 * second, on 5,000 points over ten (measured in Node on this project's 2-core machine), so they are taken in
 * slices of the lab's frame budget (FRAME_BUDGET_MS), each its own task: the page keeps answering and drawing
 * while they run.
 */
export const MAX_STEP_COMMAND = 10_000;
/** State reports while playing come at most this often (about 10 per second), and the last one always comes. */
export const STATE_INTERVAL_MS = 100;
/**
 * What fitsSize counts for one point of a `set` command's points, `{ x1, x2, label }` in a list: the object, its
 * index in the list (at most 5 digits), its three keys (9 characters) and its three numbers. (The points travel
 * as objects here, not in the link's 7-byte code.)
 */
const POINT_SIZE = 1 + 5 + 'x1x2label'.length + 3;
/** Room for every setting but the points: the whole default settings object counts about 450. */
const OTHER_SETTINGS_SIZE = 2_000;
/**
 * A `set` command's settings may hold at most this many values and characters in all: MAX_POINTS points and all
 * the other settings fit. A larger one is refused before anything in it is read.
 */
export const MAX_SETTINGS_SIZE = MAX_POINTS * POINT_SIZE + OTHER_SETTINGS_SIZE;

export type HostCommand =
  | { readonly type: 'play' | 'pause' | 'reset' }
  | { readonly type: 'step'; readonly n: number }
  | { readonly type: 'set'; readonly settings: object };

/** What the embed posts to its host, less the `source` that every message carries. */
export type EmbedReport =
  | { readonly type: 'ready' }
  | { readonly type: 'height'; readonly height: number }
  | { readonly type: 'state'; readonly step: number; readonly loss: number; readonly status: RunStatus }
  | { readonly type: 'error'; readonly message: string }
  | { readonly type: 'notice'; readonly notices: readonly string[] };

export type EmbedMessage = EmbedReport & { readonly source: typeof EMBED_SOURCE };

/**
 * A host message read: a command; a command's type with a wrong field (`refused`, worth a reply naming what was
 * expected); or anything else (`ignored` without a reply: other scripts on a page post messages too).
 */
export type ParsedHostMessage =
  | { readonly kind: 'command'; readonly command: HostCommand }
  | { readonly kind: 'refused'; readonly reason: string }
  | { readonly kind: 'ignored' };

const IGNORED: ParsedHostMessage = { kind: 'ignored' };
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `value` holds at most `budget` values and characters (keys and strings); stops counting past it, so a huge or cyclic value costs little. */
export function fitsSize(value: unknown, budget: number): boolean {
  const pending: unknown[] = [value];
  let used = 0;
  while (pending.length > 0) {
    const next = pending.pop();
    used += 1 + (typeof next === 'string' ? next.length : 0);
    if (typeof next === 'object' && next !== null) {
      for (const key of Object.keys(next)) {
        used += key.length;
        if (used > budget) return false;
        pending.push((next as Record<string, unknown>)[key]);
      }
    }
    if (used > budget) return false;
  }
  return true;
}

/** Reads one message from a host page; never throws, whatever it is given. Fields other than the documented ones are ignored. */
export function parseHostMessage(data: unknown): ParsedHostMessage {
  if (!isRecord(data)) return IGNORED;
  const { type } = data;
  switch (type) {
    case 'play':
    case 'pause':
    case 'reset':
      return { kind: 'command', command: { type } };
    case 'step': {
      const { n } = data;
      if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_STEP_COMMAND) return { kind: 'command', command: { type, n } };
      return { kind: 'refused', reason: `step: n must be a whole number from 1 to ${MAX_STEP_COMMAND}.` };
    }
    case 'set': {
      const { settings } = data;
      if (!isPlainObject(settings)) return { kind: 'refused', reason: `set: settings must be a plain object of settings, e.g. { optimizer: { learningRate: 0.1 } }, not ${describeValue(settings)}.` };
      if (!fitsSize(settings, MAX_SETTINGS_SIZE)) return { kind: 'refused', reason: 'set: the settings are too large; nothing was read.' };
      return { kind: 'command', command: { type, settings } };
    }
    default:
      return IGNORED;
  }
}

/** What a refused value was, for a reply: "an array", "a Date", "null". */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value !== 'object') return `a ${typeof value}`;
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && /^[A-Za-z]{1,24}$/.test(name) ? `a ${name}` : 'an object of another kind';
}

const message = (report: EmbedReport): EmbedMessage => ({ source: EMBED_SOURCE, ...report });

/** Whether every part of `settings` is in effect in the store (applySettings puts the very objects it is given in, or nothing). */
function inEffect(store: AppStore, settings: LabSettings): boolean {
  const state = store.getState();
  return (Object.keys(settings) as (keyof LabSettings)[]).every((key) => state[key] === settings[key]);
}

/**
 * Takes `n` steps in slices of FRAME_BUDGET_MS on `clock` (the first now, the rest each in a task of its own), the
 * lab's one budget mechanism: each slice is one advance() within that budget, so it publishes once. Stops early
 * when the run converges or diverges, or a slice takes no step.
 */
function takeSteps(store: AppStore, n: number, clock: Clock): void {
  let left = n;
  const slice = () => {
    const before = store.getState().step;
    store.getState().advance(left, { ms: FRAME_BUDGET_MS, clock });
    const { step, status } = store.getState();
    left -= step - before;
    if (left > 0 && step > before && status !== 'converged' && status !== 'diverged') setTimeout(slice, 0);
  };
  slice();
}

/** Carries out a command; returns the replies for the sender (what was refused, and why). `clock` times the step slices. */
export function runHostCommand(store: AppStore, command: HostCommand, clock: Clock = pageClock): EmbedMessage[] {
  const state = store.getState();
  switch (command.type) {
    case 'play':
      state.play();
      return [];
    case 'pause':
      state.pause();
      return [];
    case 'reset':
      state.reset();
      return [];
    case 'step':
      state.pause();
      takeSteps(store, command.n, clock);
      return [];
    case 'set': {
      const { settings, notices } = patchSettings(settingsOf(state), command.settings);
      const replies = notices.length > 0 ? [message({ type: 'notice', notices })] : [];
      state.applySettings(settings);
      // A refusal leaves every setting as it was and says why in the store's message (shown in the embed too).
      if (!inEffect(store, settings)) {
        // A refusal is the sentence validation composed (a string), never a report of the run.
        const refusal = store.getState().message;
        replies.push(message({ type: 'error', message: typeof refusal === 'string' ? refusal : 'The settings were refused; nothing was changed.' }));
      }
      return replies;
    }
  }
}

/** What the binding needs from the browser (injected, so tests drive it without one). */
export interface EmbedHost {
  /** The embedding page (window.parent): commands are taken from it alone, and reports go to it. */
  readonly parent: Pick<Window, 'postMessage'>;
  /** This page's window, where the host's messages arrive. */
  readonly self: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** Calls back with the content's height now and whenever it changes; returns a function that stops watching. */
  watchHeight(report: (height: number) => void): () => void;
  readonly now: () => number;
}

/**
 * Announces `ready`, the height and the run's state to the host, and carries out the host's commands.
 *
 * Origins: announcements (ready, height, state) go to any origin ('*'): the embed cannot know its host's origin
 * before it speaks, and they tell nothing that is not already in the frame's own address (the settings) or
 * visible in it (step, loss, status). Replies to a command go only to the origin that sent it. Commands are
 * taken only from the parent window: another frame or a pop-up on the page cannot drive the embed.
 */
export function bindEmbedApi(store: AppStore, host: EmbedHost): () => void {
  const announce = (body: EmbedReport) => host.parent.postMessage(message(body), '*');
  const onMessage = (event: MessageEvent) => {
    if (event.source !== host.parent) return;
    const parsed = parseHostMessage(event.data);
    if (parsed.kind === 'ignored') return;
    const replies = parsed.kind === 'command' ? runHostCommand(store, parsed.command) : [message({ type: 'error', message: parsed.reason })];
    // An opaque origin ("null", a sandboxed host) cannot be named as a target: only '*' reaches it.
    const origin = event.origin === 'null' || event.origin === '' ? '*' : event.origin;
    for (const reply of replies) host.parent.postMessage(reply, origin);
  };

  let lastSent = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const sendState = () => {
    timer = null;
    lastSent = host.now();
    const { step, current, status } = store.getState();
    announce({ type: 'state', step, loss: current.loss, status });
  };
  const stateChanged = () => {
    if (timer !== null) return;
    const wait = lastSent + STATE_INTERVAL_MS - host.now();
    if (wait <= 0) sendState();
    else timer = setTimeout(sendState, wait);
  };

  host.self.addEventListener('message', onMessage);
  announce({ type: 'ready' });
  let height = -1;
  const stopHeight = host.watchHeight((next) => {
    if (next === height) return;
    height = next;
    announce({ type: 'height', height });
  });
  sendState();
  const unsubscribe = store.subscribe((s) => [s.step, s.current.loss, s.status], stateChanged, { equalityFn: shallow });
  return () => {
    host.self.removeEventListener('message', onMessage);
    stopHeight();
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}

/** The browser's side of EmbedHost: the height is that of the whole document, watched by a ResizeObserver. */
export function browserEmbedHost(): EmbedHost {
  return {
    parent: window.parent,
    self: window,
    now: () => performance.now(),
    watchHeight(report) {
      const root = document.documentElement;
      const measure = () => report(Math.ceil(root.getBoundingClientRect().height));
      const observer = new ResizeObserver(measure);
      observer.observe(root);
      measure();
      return () => observer.disconnect();
    },
  };
}
