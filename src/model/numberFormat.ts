/**
 * The one number formatter of the app: every number a student reads goes through it, so every minus sign is
 * U+2212 (also in exponents) and the same value always reads the same way. Pure, so the store's messages and
 * the views share it.
 */

export const MINUS = '\u2212';

/** Magnitudes at or above this, or below SMALL, switch to scientific notation. */
const LARGE = 1e4;
const SMALL = 1e-3;

function typographic(text: string): string {
  // Scientific output looks like "1.57e-4" or "2.5e+10": write "1.57e−4" and "2.5e10".
  return text.replace('e+', 'e').replace(/-/g, MINUS);
}

/**
 * A number for a table cell, a tick or a sentence: `digits` decimals for ordinary magnitudes, scientific
 * notation with `digits` significant digits for tiny or huge ones (at least one). NaN reads "—"; the infinities
 * read "∞" and "−∞". A value that rounds to zero never shows a minus sign.
 */
export function formatNumber(value: number, digits = 3): string {
  if (Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : `${MINUS}∞`;
  if (value === 0) return '0';
  const places = Math.max(0, Math.min(20, Math.floor(digits)));
  const magnitude = Math.abs(value);
  if (magnitude >= LARGE || magnitude < SMALL) return typographic(value.toExponential(Math.max(0, places - 1)));
  const fixed = value.toFixed(places);
  // toFixed(−0.0004, 3) is "-0.000": a rounded zero has no sign.
  return Number(fixed) === 0 ? fixed.replace('-', '') : typographic(fixed);
}

/** A whole number (a step count, a number of points) with no separators, and a U+2212 minus. */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return formatNumber(value);
  return typographic(String(Math.round(value)));
}

/** The longest a double needs: 17 significant digits always read back as the same number. */
const ROUND_TRIP_DIGITS = 17;

/** The number a formatNumber text stands for ("−2.5e−4" → −0.00025). */
function readBack(text: string): number {
  return Number(text.split(MINUS).join('-'));
}

/**
 * The shortest formatNumber text that reads back as the same number as formatNumber(value, maxDigits): "0.5"
 * rather than "0.500", "2e5" rather than "2.00e5", "1e−6" for a tolerance. For settings and axis ticks, where
 * trailing zeros are noise; with the default maxDigits the text reads back as `value` itself.
 */
export function formatShortest(value: number, maxDigits = ROUND_TRIP_DIGITS): string {
  const full = formatNumber(value, maxDigits);
  if (!Number.isFinite(value)) return full;
  const target = readBack(full);
  for (let digits = 0; digits < maxDigits; digits++) {
    const text = formatNumber(value, digits);
    if (readBack(text) === target) return text;
  }
  return full;
}

/**
 * A setting's value in a sentence (the learning rate η): as the student set it, without trailing zeros, to at most
 * 4 decimals ("0.5", "1.45", "1000", "1e−6", "0.0316" for the 0.031622… a log slider leaves).
 */
export function formatSetting(value: number): string {
  return formatShortest(value, 4);
}

/** Characters a number field shows in full (7.5rem wide): longer plain digits are cut off at its edge. */
const FIELD_CHARACTERS = 8;

/**
 * The text a number field holds for `value`: it reads back as exactly `value`, in ASCII (an <input type="number">
 * refuses U+2212), and a long run of digits becomes the exponent form when that is shorter ("1e9", not the
 * "1000000000" a field cuts to "100000000"). Short values stay as typed ("200", "0.5", "12345").
 */
export function formatEditable(value: number): string {
  const plain = String(value);
  if (plain.length <= FIELD_CHARACTERS || !Number.isFinite(value)) return plain;
  const exponent = value.toExponential().replace('e+', 'e');
  return exponent.length < plain.length ? exponent : plain;
}
