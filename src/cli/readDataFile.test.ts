import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataFileError, LARGEST_DATA_FILE, readDataFile } from './readDataFile';

let directory = '';

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'softmax-read-'));
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

function file(name: string, text: string): string {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
}

describe('readDataFile', () => {
  it('reads a regular file as UTF-8', () => {
    expect(readDataFile(file('points.csv', 'x1,x2,label\n0,0,0\n# θ\n'))).toBe('x1,x2,label\n0,0,0\n# θ\n');
  });

  it('reads a file of exactly the limit, and refuses one byte more, naming the limit', () => {
    expect(readDataFile(file('ten.csv', '0123456789'), 10)).toBe('0123456789');
    const eleven = file('eleven.csv', '0123456789A');
    expect(() => readDataFile(eleven, 10)).toThrow(new DataFileError('it is larger than 10 bytes, the most fit reads'));
    expect(LARGEST_DATA_FILE).toBe(50_000_000);
  });

  it('says the default limit in megabytes', () => {
    const path = file('big.csv', '');
    // A sparse file: one byte over the limit without writing the bytes.
    truncateSync(path, LARGEST_DATA_FILE + 1);
    expect(() => readDataFile(path)).toThrow(new DataFileError('it is larger than 50 MB, the most fit reads'));
  });

  it('refuses a FIFO at once instead of waiting for a writer', () => {
    const fifo = join(directory, 'points.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(() => readDataFile(fifo)).toThrow(new DataFileError('it is a FIFO (named pipe), not a regular file'));
  });

  it('refuses /dev/zero, which never ends, and a directory', () => {
    expect(() => readDataFile('/dev/zero')).toThrow(new DataFileError('it is a character device, not a regular file'));
    expect(() => readDataFile(directory)).toThrow(new DataFileError('it is a directory, not a regular file'));
  });

  it('passes on Node’s own error, with its code, for a file that is not there', () => {
    expect(() => readDataFile(join(directory, 'missing.csv'))).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
