import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { formatCount } from '../model/numberFormat';

/** The largest data file `fit` reads, in bytes: millions of points, far more than a plot can show. */
export const LARGEST_DATA_FILE = 50_000_000;

/** A data file refused for what it is (not a regular file, too large); the message says so in plain words. */
export class DataFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFileError';
  }
}

const CHUNK = 1 << 16;

/**
 * Reads a regular file as UTF-8, refusing anything else before reading a byte: a FIFO or a terminal would block
 * for ever and /dev/zero never ends. Also refuses a file larger than `limit` bytes, checked while reading too,
 * since a file can grow after it was measured. Throws Node's own error (with its `code`) when the file cannot
 * be opened.
 */
export function readDataFile(path: string, limit = LARGEST_DATA_FILE): string {
  // Without O_NONBLOCK, opening a FIFO waits for a writer; on a regular file the flag changes nothing.
  const descriptor = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) throw new DataFileError(`it is ${kindOf(stats)}, not a regular file`);
    if (stats.size > limit) throw new DataFileError(tooLarge(limit));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(CHUNK);
      const read = readSync(descriptor, chunk, 0, CHUNK, null);
      if (read === 0) break;
      total += read;
      if (total > limit) throw new DataFileError(tooLarge(limit));
      chunks.push(chunk.subarray(0, read));
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(descriptor);
  }
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'a special file';
}

function tooLarge(limit: number): string {
  const size = limit % 1_000_000 === 0 ? `${formatCount(limit / 1_000_000)} MB` : `${formatCount(limit)} bytes`;
  return `it is larger than ${size}, the most fit reads`;
}
