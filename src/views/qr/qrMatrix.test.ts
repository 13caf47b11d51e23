import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { MAX_QR_VERSION, qrMatrix, qrPixels } from './qrMatrix';

/** What a phone's reader makes of the drawn code. */
function decode(text: string): string | null {
  const matrix = qrMatrix(text);
  if (matrix === null) return null;
  const { width, data } = qrPixels(matrix, 3);
  return jsQR(data, width, width)?.data ?? null;
}

describe('qrMatrix', () => {
  test('a reader decodes the drawn code back to the link, short or near the size limit', () => {
    const lesson = 'https://example.org/softmax/?v=1&lesson=7&k=2&data=two-classes&dk=3&param=reference&ref=0&opt=newton&present=1';
    expect(decode(lesson)).toBe(lesson);
    const long = `https://example.org/?v=1&pts=${'AQAAAAAAABzAAAAAAAAAHEAAAAAAAAAc'.repeat(30)}`;
    expect(long.length).toBeGreaterThan(900);
    expect(decode(long)).toBe(long);
  });

  test('the smallest version that holds the text: 21 modules for a few characters, more for more', () => {
    expect(qrMatrix('https://a.b/')?.size).toBe(21);
    const sizes = [100, 400, 900].map((length) => qrMatrix('x'.repeat(length))?.size ?? 0);
    expect(sizes[0]).toBeLessThan(sizes[1]!);
    expect(sizes[1]).toBeLessThan(sizes[2]!);
  });

  test('a text above the version limit gets no code, and so does one beyond any QR code', () => {
    expect(qrMatrix('x'.repeat(1000))).toBeNull();
    expect(qrMatrix('x'.repeat(5000))).toBeNull();
    // Version 25 at level M holds 997 bytes.
    expect(qrMatrix('x'.repeat(997))?.size).toBe(17 + 4 * MAX_QR_VERSION);
  });

  test('non-ASCII text is written as UTF-8, as a reader decodes it', () => {
    expect(decode('https://example.org/päth/?θ=1')).toBe('https://example.org/päth/?θ=1');
  });
});
