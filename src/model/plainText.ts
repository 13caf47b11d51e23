/**
 * Reading and quoting what a person typed, the same way everywhere (links, CSV files, the CLI, number fields).
 */

/** Plain decimal or scientific notation; Number() alone would also take '', '0x1f', 'Infinity' and ' '. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * The number `text` writes in plain decimal or scientific notation, or undefined for anything else ('0x10',
 * 'Infinity', '', ' 1'). May be ±Infinity where the digits overflow float64 ('1e999'): callers check the range.
 *
 * @example readDecimal('-1.5e3') // −1500
 */
export function readDecimal(text: string): number | undefined {
  return DECIMAL.test(text) ? Number(text) : undefined;
}

/** `text` cut to `limit` characters with an ellipsis, so a message names a bad value without echoing all of it. */
export function cutShort(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/** In curly quotes, cut short: “0x1f”. For notices shown on the page. */
export function quoteShort(text: string, limit = 24): string {
  return `“${cutShort(text, limit)}”`;
}

/** As a JSON string, cut short: escapes keep a message on one line even for stray control characters. */
export function quoteJson(text: string, limit = 40): string {
  return JSON.stringify(cutShort(text, limit));
}
