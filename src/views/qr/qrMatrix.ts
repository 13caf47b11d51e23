// oxlint-disable-next-line import/no-named-as-default -- the package's ES module exports the generator as its default (its .d.ts also names it)
import qrcode from 'qrcode-generator';

/**
 * The largest QR version drawn (117 × 117 modules, up to 997 bytes at level M): a phone still reads it from a
 * projected screen. A longer link (many hand-drawn points) gets no code rather than one too dense to scan.
 */
export const MAX_QR_VERSION = 25;

/** A QR code's modules: `size` × `size`, row-major, true where dark. */
export interface QrMatrix {
  readonly size: number;
  readonly dark: readonly boolean[];
}

/**
 * The QR code of `text` (its UTF-8 bytes, error correction level M: 15 % of the code may be lost to glare or a
 * fold), in the smallest version that holds it; null when that is above MAX_QR_VERSION.
 */
export function qrMatrix(text: string): QrMatrix | null {
  // The library writes each char code as one byte: give it the UTF-8 bytes, one per char.
  const bytes = String.fromCharCode(...new TextEncoder().encode(text));
  const code = qrcode(0, 'M');
  code.addData(bytes, 'Byte');
  try {
    code.make();
  } catch {
    // "code length overflow": more than version 40 holds.
    return null;
  }
  const size = code.getModuleCount();
  if ((size - 17) / 4 > MAX_QR_VERSION) return null;
  const dark: boolean[] = [];
  for (let row = 0; row < size; row += 1) for (let col = 0; col < size; col += 1) dark.push(code.isDark(row, col));
  return { size, dark };
}

/** The quiet zone a reader needs around the code, in modules. */
export const QUIET_ZONE = 4;

/**
 * The code as RGBA pixels, `cell` pixels per module, with its quiet zone: what a canvas shows and a decoder
 * reads. Black on white: readers expect dark modules on a light ground.
 */
export function qrPixels(matrix: QrMatrix, cell: number): { readonly width: number; readonly data: Uint8ClampedArray } {
  const width = (matrix.size + 2 * QUIET_ZONE) * cell;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let row = 0; row < matrix.size; row += 1) {
    for (let col = 0; col < matrix.size; col += 1) {
      if (!matrix.dark[row * matrix.size + col]) continue;
      for (let y = (row + QUIET_ZONE) * cell; y < (row + QUIET_ZONE + 1) * cell; y += 1) {
        for (let x = (col + QUIET_ZONE) * cell; x < (col + QUIET_ZONE + 1) * cell; x += 1) data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
      }
    }
  }
  return { width, data };
}
