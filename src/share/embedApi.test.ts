import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createAppStore } from '../store/createAppStore';
import { FRAME_BUDGET_MS } from '../store/frameLoop';
import { MAX_POINTS } from '../store/schema/limits';
import { settingsOf } from '../store/settings';
import { bindEmbedApi, EMBED_SOURCE, fitsSize, MAX_SETTINGS_SIZE, MAX_STEP_COMMAND, parseHostMessage, runHostCommand, STATE_INTERVAL_MS, type EmbedHost } from './embedApi';

const DOCUMENTED = ['play', 'pause', 'reset', 'step', 'set'];

describe('reading a host message', () => {
  it('accepts the documented commands, extra fields ignored', () => {
    expect(parseHostMessage({ type: 'play' })).toEqual({ kind: 'command', command: { type: 'play' } });
    expect(parseHostMessage({ type: 'pause', source: 'host' })).toEqual({ kind: 'command', command: { type: 'pause' } });
    expect(parseHostMessage({ type: 'reset' })).toEqual({ kind: 'command', command: { type: 'reset' } });
    expect(parseHostMessage({ type: 'step', n: 1 })).toEqual({ kind: 'command', command: { type: 'step', n: 1 } });
    expect(parseHostMessage({ type: 'step', n: MAX_STEP_COMMAND })).toEqual({ kind: 'command', command: { type: 'step', n: MAX_STEP_COMMAND } });
    const settings = { optimizer: { learningRate: 0.1 } };
    expect(parseHostMessage({ type: 'set', settings })).toEqual({ kind: 'command', command: { type: 'set', settings } });
  });

  it('refuses a command with a bad field, naming what was expected', () => {
    for (const n of [0, -1, 1.5, MAX_STEP_COMMAND + 1, NaN, Infinity, '5', null, undefined]) {
      expect(parseHostMessage({ type: 'step', n })).toEqual({ kind: 'refused', reason: `step: n must be a whole number from 1 to ${MAX_STEP_COMMAND}.` });
    }
    for (const settings of [null, 'lr=1', [1], 3, undefined]) expect(parseHostMessage({ type: 'set', settings }).kind).toBe('refused');
    expect(parseHostMessage({ type: 'set', settings: { points: 'x'.repeat(MAX_SETTINGS_SIZE) } })).toEqual({ kind: 'refused', reason: 'set: the settings are too large; nothing was read.' });
  });

  it('refuses a set whose settings are not a plain object (a Date, an array, null, a Map), saying what it got', () => {
    const cases: [unknown, string][] = [
      [new Date(0), 'a Date'],
      [[{ classes: 3 }], 'an array'],
      [null, 'null'],
      [new Map([['classes', 3]]), 'a Map'],
      [undefined, 'nothing'],
      ['k=3', 'a string'],
    ];
    for (const [settings, what] of cases) {
      expect(parseHostMessage({ type: 'set', settings })).toEqual({
        kind: 'refused',
        reason: `set: settings must be a plain object of settings, e.g. { optimizer: { learningRate: 0.1 } }, not ${what}.`,
      });
    }
    expect(parseHostMessage({ type: 'set', settings: Object.assign(Object.create(null) as object, { classes: 3 }) }).kind).toBe('command');
  });

  it('ignores what is not a command: other values, unknown or non-string types, our own announcements', () => {
    for (const data of [null, undefined, 'play', 42, ['play'], { type: 'PLAY' }, { type: 'ready', source: EMBED_SOURCE }, { type: ['play'] }, { kind: 'play' }, { type: 'play'.repeat(1e5) }]) {
      expect(parseHostMessage(data)).toEqual({ kind: 'ignored' });
    }
  });

  test.prop([fc.anything()])('never throws, and takes a command only of a documented type', (data) => {
    const parsed = parseHostMessage(data);
    const type = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as { type?: unknown }).type : undefined;
    expect(parsed.kind === 'ignored').toBe(!DOCUMENTED.includes(type as string));
  });

  test.prop([fc.constantFrom(...DOCUMENTED), fc.anything()])('a documented type with any payload is read without throwing', (type, payload) => {
    const parsed = parseHostMessage({ type, n: payload, settings: payload });
    expect(parsed.kind).not.toBe('ignored');
    if (parsed.kind === 'command' && parsed.command.type === 'step') expect(Number.isInteger(parsed.command.n)).toBe(true);
  });

  it('measures a cyclic or huge value without walking all of it', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(fitsSize(cyclic, 1000)).toBe(false);
    expect(fitsSize(new Array(1e6).fill(0), 1000)).toBe(false);
    expect(fitsSize({ a: [1, 2, 'abc'] }, 20)).toBe(true);
  });
});

describe('carrying out a command', () => {
  it('step n advances the step counter by n and pauses', async () => {
    const store = createAppStore();
    store.getState().play();
    expect(runHostCommand(store, { type: 'step', n: 25 })).toEqual([]);
    await vi.waitFor(() => expect(store.getState().step).toBe(25));
    expect(store.getState().playing).toBe(false);
  });

  it('a large step command is taken in slices, each its own task, and all of it is taken', () => {
    vi.useFakeTimers();
    try {
      // Few points, so 10,000 steps cost little; a clock that moves 1 ms per read makes every slice FRAME_BUDGET_MS steps.
      const store = createAppStore({ dataset: { ...createAppStore().getState().dataset, count: 12 }, optimizer: { ...createAppStore().getState().optimizer, learningRate: 0.01 } });
      let now = 0;
      runHostCommand(store, { type: 'step', n: MAX_STEP_COMMAND }, () => now++);
      expect(store.getState().step).toBe(FRAME_BUDGET_MS);
      vi.runAllTimers();
      expect(store.getState().step).toBe(MAX_STEP_COMMAND);
    } finally {
      vi.useRealTimers();
    }
  });

  it('set applies usable values and names the ones it left out', () => {
    const store = createAppStore();
    const replies = runHostCommand(store, { type: 'set', settings: { optimizer: { learningRate: 0.05 }, colour: 'red' } });
    expect(store.getState().optimizer.learningRate).toBe(0.05);
    expect(replies).toEqual([{ source: EMBED_SOURCE, type: 'notice', notices: ['colour: not a setting, ignored.'] }]);
  });

  it('a step command spends the lab’s frame budget per task, then takes the rest in later tasks', () => {
    vi.useFakeTimers();
    try {
      const store = createAppStore({ optimizer: { ...createAppStore().getState().optimizer, learningRate: 0.01 } });
      // A clock that moves 1 ms each time it is read: a slice of FRAME_BUDGET_MS takes that many steps.
      let now = 0;
      runHostCommand(store, { type: 'step', n: 100 }, () => now++);
      expect(store.getState().step).toBe(FRAME_BUDGET_MS);
      vi.advanceTimersToNextTimer();
      expect(store.getState().step).toBe(2 * FRAME_BUDGET_MS);
      vi.runAllTimers();
      expect(store.getState().step).toBe(100);
    } finally {
      vi.useRealTimers();
    }
  });

  it('set takes all the other settings and MAX_POINTS points in one message', () => {
    const store = createAppStore();
    const points = Array.from({ length: MAX_POINTS }, (_, i) => ({ x1: (i % 100) / 10 - 5, x2: Math.floor(i / 100) / 10 - 5, label: i % 3 }));
    // Every setting a host can set: pointsEdited is the app's own record, implied by sending points.
    const { pointsEdited, ...settings } = settingsOf(store.getState());
    expect(pointsEdited).toBe(false);
    const parsed = parseHostMessage({ type: 'set', settings: { ...settings, points } });
    expect(parsed.kind).toBe('command');
    if (parsed.kind !== 'command') return;
    expect(runHostCommand(store, parsed.command)).toEqual([]);
    expect(store.getState().points).toHaveLength(MAX_POINTS);
    // The README ("What is ignored, and why it is safe") states this bound.
    expect(MAX_SETTINGS_SIZE).toBe(182_000);
    // Ten times as many is refused before it is read.
    const tooMany = Array.from({ length: 10 }, () => points);
    expect(parseHostMessage({ type: 'set', settings: { points: tooMany.flat() } })).toEqual({ kind: 'refused', reason: 'set: the settings are too large; nothing was read.' });
  });

  it('set of values that do not fit together changes nothing and replies with the reason', () => {
    const store = createAppStore();
    const before = store.getState().classes;
    const replies = runHostCommand(store, { type: 'set', settings: { classes: 2 } });
    expect(store.getState().classes).toBe(before);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ source: EMBED_SOURCE, type: 'error' });
    expect((replies[0] as { message: string }).message.length).toBeGreaterThan(10);
  });
});

/** A host page and a window in memory; `send` delivers a message as the browser would. */
function fakeHost() {
  const posted: { data: unknown; origin: string }[] = [];
  const listeners = new Set<(event: MessageEvent) => void>();
  let height: (h: number) => void = () => {};
  const parent = { postMessage: (data: unknown, origin: string) => posted.push({ data, origin }) } as unknown as Window;
  const host: EmbedHost = {
    parent,
    self: {
      addEventListener: (_: string, listener: (event: MessageEvent) => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: (event: MessageEvent) => void) => listeners.delete(listener),
    } as unknown as Window,
    now: () => Date.now(),
    watchHeight(report) {
      height = report;
      report(500);
      return () => (height = () => {});
    },
  };
  const send = (data: unknown, source: unknown = parent, origin = 'https://course.example') =>
    listeners.forEach((listener) => listener({ data, source, origin } as unknown as MessageEvent));
  return { host, posted, send, resize: (h: number) => height(h), listeners };
}

describe('the binding', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('announces ready, the height (once per change) and the state, to any origin', () => {
    const { host, posted, resize } = fakeHost();
    bindEmbedApi(createAppStore(), host);
    resize(500);
    resize(620);
    expect(posted.map((p) => p.data)).toEqual([
      { source: EMBED_SOURCE, type: 'ready' },
      { source: EMBED_SOURCE, type: 'height', height: 500 },
      expect.objectContaining({ source: EMBED_SOURCE, type: 'state', step: 0, status: 'ready' }),
      { source: EMBED_SOURCE, type: 'height', height: 620 },
    ]);
    expect(posted.every((p) => p.origin === '*')).toBe(true);
  });

  it('takes commands from the parent only, and replies to the sender’s origin only', () => {
    const store = createAppStore();
    const { host, posted, send } = fakeHost();
    bindEmbedApi(store, host);
    send({ type: 'step', n: 3 }, {});
    expect(store.getState().step).toBe(0);
    send({ type: 'step', n: 3 });
    expect(store.getState().step).toBe(3);
    posted.length = 0;
    send({ type: 'step', n: -3 });
    expect(posted).toEqual([{ data: { source: EMBED_SOURCE, type: 'error', message: `step: n must be a whole number from 1 to ${MAX_STEP_COMMAND}.` }, origin: 'https://course.example' }]);
  });

  it('answers a set of a Date or an array with the documented error reply, to the sender, and changes nothing', () => {
    const store = createAppStore();
    const before = settingsOf(store.getState());
    const { host, posted, send } = fakeHost();
    bindEmbedApi(store, host);
    for (const settings of [new Date(0), [{ optimizer: { learningRate: 0.5 } }]]) {
      posted.length = 0;
      send({ type: 'set', settings });
      expect(posted).toEqual([{ data: { source: EMBED_SOURCE, type: 'error', message: expect.stringMatching(/^set: settings must be a plain object/) }, origin: 'https://course.example' }]);
    }
    expect(settingsOf(store.getState())).toEqual(before);
  });

  it('a set with a settings group that is not a plain object leaves that group out, with a notice naming it', () => {
    const store = createAppStore();
    const replies = runHostCommand(store, { type: 'set', settings: { optimizer: new Date(0), model: { l2: 0.01 } } });
    expect(store.getState().model.l2).toBe(0.01);
    expect(replies).toEqual([{ source: EMBED_SOURCE, type: 'notice', notices: [expect.stringMatching(/^optimizer: must be a plain object of its settings/)] }]);
  });

  it('reports the state at most every 100 ms while playing, and always the last one', () => {
    const store = createAppStore();
    const { host, posted } = fakeHost();
    bindEmbedApi(store, host);
    posted.length = 0;
    for (let i = 0; i < 10; i++) store.getState().advance(1);
    const states = () => posted.map((p) => p.data as { type: string; step: number }).filter((m) => m.type === 'state');
    expect(states()).toEqual([]);
    vi.advanceTimersByTime(STATE_INTERVAL_MS);
    expect(states().map((m) => m.step)).toEqual([10]);
  });

  it('stops listening and reporting when unbound', () => {
    const store = createAppStore();
    const { host, posted, send, listeners } = fakeHost();
    const stop = bindEmbedApi(store, host);
    stop();
    expect(listeners.size).toBe(0);
    posted.length = 0;
    send({ type: 'step', n: 3 });
    store.getState().advance(1);
    vi.advanceTimersByTime(STATE_INTERVAL_MS);
    expect(posted).toEqual([]);
  });
});
