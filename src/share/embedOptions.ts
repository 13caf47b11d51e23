import { EMBEDDABLE_PANEL_IDS, type EmbeddablePanelId } from '../lessons/scene';
import { quoteShort } from '../model/plainText';

/**
 * What an embedding page asks for in the address: `embed=1` for the compact layout, which panels and which
 * controls it shows, and whether it starts playing. Parsed like every other parameter: unknown names are left
 * out with a notice, never inserted anywhere.
 */
export const EMBED_PANELS: readonly EmbedPanel[] = EMBEDDABLE_PANEL_IDS;
/** The panels an embed may list: those the panel table (src/lessons/scene.ts) marks embeddable. */
export type EmbedPanel = EmbeddablePanelId;

/** The buttons, then the settings by their address keys (the field table's: `spf`, `opt`, `lr`, …), then the shift. */
export const EMBED_CONTROLS = ['play', 'step', 'reset', 'spf', 'opt', 'lr', 'l2', 'param', 'k', 'data', 'shift'] as const;
export type EmbedControl = (typeof EMBED_CONTROLS)[number];

/** The names the controls had before they took the address keys: still read, with a notice naming the new one. */
const FORMER_CONTROL_NAMES: Readonly<Record<string, EmbedControl>> = { speed: 'spf', optimizer: 'opt', parametrization: 'param', classes: 'k' };

export interface EmbedOptions {
  readonly panels: readonly EmbedPanel[];
  readonly controls: readonly EmbedControl[];
  readonly autoplay: boolean;
}

/** What a bare `embed=1` shows: the picture that moves and the buttons that move it. */
export const DEFAULT_EMBED: EmbedOptions = { panels: ['regions', 'curves'], controls: ['play', 'step', 'reset'], autoplay: false };

export const EMBED_KEYS = ['embed', 'panels', 'controls', 'autoplay'] as const;

/**
 * A comma-separated list of names from `allowed`; a former name is read as its new one, with a notice; unknown
 * names are dropped and named in a notice.
 */
function readList<Name extends string>(
  key: string,
  text: string | null,
  allowed: readonly Name[],
  fallback: readonly Name[],
  notices: string[],
  former: Readonly<Record<string, Name>> = {},
): readonly Name[] {
  if (text === null) return fallback;
  const given = text.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const renamed = given.filter((name) => Object.hasOwn(former, name));
  if (renamed.length > 0) notices.push(`${key}: ${renamed.map((name) => `${quoteShort(name)} is now ${quoteShort(former[name])}`).join(', ')} (the address key); read as such.`);
  const names = given.map((name) => (Object.hasOwn(former, name) ? former[name] : name));
  const known = names.filter((name): name is Name => (allowed as readonly string[]).includes(name));
  const unknown = names.filter((name) => !(allowed as readonly string[]).includes(name));
  if (unknown.length > 0) notices.push(`${key}: ${unknown.map((name) => quoteShort(name)).join(', ')} ignored; expected names from ${allowed.join(', ')}.`);
  return known.length > 0 ? [...new Set(known)] : fallback;
}


/** The embed options of an address, or null when it does not ask for the embed layout. */
export function readEmbedOptions(params: URLSearchParams, notices: string[]): EmbedOptions | null {
  const embed = params.get('embed');
  if (embed === null || embed === '0') return null;
  if (embed !== '1') notices.push(`embed: ${quoteShort(embed)} read as 1; expected 1 or 0.`);
  const autoplay = params.get('autoplay');
  if (autoplay !== null && autoplay !== '1' && autoplay !== '0') notices.push(`autoplay: ${quoteShort(autoplay)} ignored; expected 1 or 0.`);
  return {
    panels: readList('panels', params.get('panels'), EMBED_PANELS, DEFAULT_EMBED.panels, notices),
    controls: readList('controls', params.get('controls'), EMBED_CONTROLS, DEFAULT_EMBED.controls, notices, FORMER_CONTROL_NAMES),
    autoplay: autoplay === '1',
  };
}

/** The embed parameters of `options`, for a snippet or the builder's preview. */
export function writeEmbedOptions(options: EmbedOptions, params: URLSearchParams): void {
  params.set('embed', '1');
  params.set('panels', options.panels.join(','));
  params.set('controls', options.controls.join(','));
  if (options.autoplay) params.set('autoplay', '1');
}
