import { writeEmbedOptions, type EmbedOptions } from './embedOptions';

/** The heights the Embed dialog offers: below 240 px not even the control bar fits; above 2,000 px no page needs. */
export const MIN_EMBED_HEIGHT = 240;
export const MAX_EMBED_HEIGHT = 2000;

/** The embed's address: the full app's link (see appLink) with the embed options added to its query. */
export function embedAddress(link: string, options: EmbedOptions): string {
  const url = new URL(link);
  writeEmbedOptions(options, url.searchParams);
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
