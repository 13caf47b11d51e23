import { writeEmbedOptions, type EmbedOptions } from './embedOptions';

/** The heights the Embed dialog offers: below 240 px not even the control bar fits; above 2,000 px no page needs. */
export const MIN_EMBED_HEIGHT = 240;
export const MAX_EMBED_HEIGHT = 2000;

/**
 * The embed's address: the full app's link (see appLink) with the embed options added to its query. Without the
 * open lesson's number: an embed naming a lesson shows that lesson instead of the chosen panels.
 */
export function embedAddress(link: string, options: EmbedOptions): string {
  const url = new URL(link);
  url.searchParams.delete('lesson');
  writeEmbedOptions(options, url.searchParams);
  return url.toString();
}

/** A lesson embed's address: the app's address with only `embed=1&lesson=N` (the lesson sets itself up on load). */
export function lessonEmbedAddress(link: string, lesson: number, autoplay: boolean): string {
  const url = new URL(link);
  url.search = '';
  url.hash = '';
  url.searchParams.set('embed', '1');
  url.searchParams.set('lesson', String(lesson));
  if (autoplay) url.searchParams.set('autoplay', '1');
  return url.toString();
}

/** Text made safe inside a double-quoted HTML attribute. */
function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The HTML a course author pastes: a full-width frame of the given height (the host may resize it from the embed's height messages). */
export function iframeSnippet(address: string, height: number): string {
  return `<iframe src="${attribute(address)}" title="Softmax Lab" width="100%" height="${Math.round(height)}" style="border: 0; max-width: 100%;" loading="lazy"></iframe>`;
}
