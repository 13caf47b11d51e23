import type { Point } from '../model/dataset';
import { base64urlToBytes, bytesToBase64url } from '../store/schema/base64url';

/**
 * Hand-edited points in a link: compact enough that 500 points stay well under 8,000 characters.
 *
 * Format 1, little-endian: one byte 1 (the format); four float64 (smallest and largest x1, smallest and largest
 * x2); then per point x1 and x2 as 24-bit steps across their range, and the label in one byte. A coordinate is
 * off by at most half a step: (largest − smallest) / (2 · (2²⁴ − 1)), about 2e-7 for a plot 7 units wide, which
 * no picture or fitted number at the app's precision can show. Encoding decoded points again gives the same text.
 */
const FORMAT = 1;
const HEADER_BYTES = 1 + 4 * 8;
const POINT_BYTES = 7;
const STEPS = 2 ** 24 - 1;

function range(values: readonly number[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  // `+ 0` writes −0 as 0, so that decoded points (which never hold −0 at an end) encode to the same text.
  return values.length === 0 ? [0, 0] : [low + 0, high + 0];
}

function toStep(value: number, [low, high]: [number, number]): number {
  return high === low ? 0 : Math.round(((value - low) / (high - low)) * STEPS);
}

function fromStep(step: number, [low, high]: [number, number]): number {
  // Written as low + fraction·span so that step 0 is exactly low and step STEPS exactly high.
  return step === STEPS ? high : low + (step / STEPS) * (high - low);
}

export function encodePoints(points: readonly Point[]): string {
  const bytes = new Uint8Array(HEADER_BYTES + POINT_BYTES * points.length);
  const view = new DataView(bytes.buffer);
  const first = range(points.map((p) => p.x1));
  const second = range(points.map((p) => p.x2));
  bytes[0] = FORMAT;
  [first[0], first[1], second[0], second[1]].forEach((value, i) => view.setFloat64(1 + 8 * i, value, true));
  points.forEach((point, i) => {
    const at = HEADER_BYTES + POINT_BYTES * i;
    const a = toStep(point.x1, first);
    const b = toStep(point.x2, second);
    bytes[at] = a & 0xff;
    bytes[at + 1] = (a >> 8) & 0xff;
    bytes[at + 2] = a >> 16;
    bytes[at + 3] = b & 0xff;
    bytes[at + 4] = (b >> 8) & 0xff;
    bytes[at + 5] = b >> 16;
    bytes[at + 6] = point.label;
  });
  return bytesToBase64url(bytes);
}

/** The points of a link, or null when the text is not points in this format (the labels are checked later). */
export function decodePoints(text: string): Point[] | null {
  const bytes = base64urlToBytes(text);
  if (bytes === null || bytes.length < HEADER_BYTES || bytes[0] !== FORMAT || (bytes.length - HEADER_BYTES) % POINT_BYTES !== 0) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [low1, high1, low2, high2] = [0, 1, 2, 3].map((i) => view.getFloat64(1 + 8 * i, true));
  if (![low1, high1, low2, high2].every(Number.isFinite) || low1 > high1 || low2 > high2) return null;
  const count = (bytes.length - HEADER_BYTES) / POINT_BYTES;
  return Array.from({ length: count }, (_, i) => {
    const at = HEADER_BYTES + POINT_BYTES * i;
    const a = bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16);
    const b = bytes[at + 3] | (bytes[at + 4] << 8) | (bytes[at + 5] << 16);
    return { x1: fromStep(a, [low1, high1]), x2: fromStep(b, [low2, high2]), label: bytes[at + 6] };
  });
}
