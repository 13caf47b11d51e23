// The real command, as a process: exit status, stdout and stderr. The cases themselves are covered in
// fitCommand.test.ts; these check that scripts/fit.ts wires them to the process faithfully.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repository = fileURLToPath(new URL('../..', import.meta.url));
let directory = '';

function fit(...argv: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/fit.ts', ...argv], {
    cwd: repository,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, text: string): string {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
}

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'softmax-fit-'));
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('scripts/fit.ts', () => {
  it('prints one JSON object on stdout and exits 0', () => {
    const points = file('ok.csv', 'x1,x2,label\n0,0,0\n1,0,0\n0,1,1\n1,1,1\n0.5,0.2,1\n0.4,0.8,0\n');
    const { status, stdout, stderr } = fit('--data', points, '--l2', '0.1');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ converged: true, separable: false, steps: expect.any(Number) });
    expect(report.probabilities).toHaveLength(6);
  }, 60_000);

  it.each([
    ['a CSV error', ['--data', 'BAD'], 1, /bad\.csv:3: field "x1": "zero" is not a number$/],
    ['a missing file', ['--data', 'MISSING'], 1, /missing\.csv: cannot read the file: no such file$/],
    ['a bad option value', ['--data', 'GOOD', '--lr', 'abc'], 2, /^fit: --lr must be a positive number, got "abc"/],
    ['a reference class ≥ K', ['--data', 'GOOD', '--parametrization', 'reference', '--reference-class', '2'], 2, /^fit: --reference-class 2 is not a class of/],
  ])('on %s exits non-zero with one line on stderr and nothing on stdout', (_, argv, expectedStatus, pattern) => {
    const paths: Record<string, string> = {
      BAD: file('bad.csv', 'x1,x2,label\n0,0,0\nzero,1,1\n'),
      MISSING: join(directory, 'missing.csv'),
      GOOD: file('good.csv', 'x1,x2,label\n0,0,0\n1,1,1\n'),
    };
    const { status, stdout, stderr } = fit(...argv.map((word) => paths[word] ?? word));
    expect(status).toBe(expectedStatus);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^[^\n]+\n$/);
    expect(stderr.trimEnd()).toMatch(pattern);
  }, 60_000);

  it.each([
    ['a FIFO', 'FIFO', /points\.fifo: cannot read the file: it is a FIFO \(named pipe\), not a regular file$/],
    ['/dev/zero', '/dev/zero', /^\/dev\/zero: cannot read the file: it is a character device, not a regular file$/],
  ])('refuses %s at once instead of hanging', (_, data, pattern) => {
    const fifo = join(directory, 'points.fifo');
    if (data === 'FIFO' && spawnSync('mkfifo', [fifo]).status !== 0) throw new Error('mkfifo could not make the FIFO this case reads');
    const { status, stdout, stderr } = fit('--data', data === 'FIFO' ? fifo : data);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd()).toMatch(pattern);
  }, 60_000);

  it('prints the usage on --help', () => {
    const { status, stdout, stderr } = fit('--help');
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('--data FILE');
  }, 60_000);
});
