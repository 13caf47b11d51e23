import { describe, expect, it } from 'vitest';
import { pointsToCsv } from '../model/csv';
import { generatePreset } from '../model/datasets/presets';
import type { FitReport } from './fit';
import { runFitCommand, type ReadText } from './fitCommand';

const THREE_POINTS = 'x1,x2,label\n0,0,0\n1,0,1\n0,1,2\n';
const OVERLAPPING = pointsToCsv(generatePreset('overlapping', { classes: 3, count: 60, noise: 1, seed: 3 }).points);
const SEPARABLE = pointsToCsv(generatePreset('separable', { classes: 3, count: 30, noise: 0, seed: 2 }).points);

/** A reader over an in-memory file system; a missing path fails as Node does. */
function files(contents: Record<string, string>): ReadText {
  return (path) => {
    if (path in contents) return contents[path];
    throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
  };
}

function report(argv: string[], contents: Record<string, string> = { 'points.csv': OVERLAPPING }): FitReport {
  const outcome = runFitCommand(['--data', 'points.csv', ...argv], files(contents));
  expect(outcome.stderr).toBe('');
  expect(outcome.exitCode).toBe(0);
  expect(outcome.stdout.endsWith('}\n')).toBe(true);
  expect(outcome.stdout.trimEnd()).not.toMatch(/\n/);
  return JSON.parse(outcome.stdout) as FitReport;
}

function failure(argv: string[], contents: Record<string, string>) {
  const outcome = runFitCommand(argv, files(contents));
  expect(outcome.exitCode).not.toBe(0);
  expect(outcome.stdout).toBe('');
  expect(outcome.stderr).toMatch(/^[^\n]+\n$/);
  return outcome;
}

describe('runFitCommand', () => {
  it('with --steps 0 reports the initial state: θ = 0, loss log K, nothing converged', () => {
    const result = report(['--steps', '0']);
    expect(result.theta).toEqual([[0, 0, 0], [0, 0, 0], [0, 0, 0]]);
    expect(result.loss).toBeCloseTo(Math.log(3), 14);
    expect(result.steps).toBe(0);
    expect(result.converged).toBe(false);
    expect(result.diverged).toBe(false);
    expect(result.gradMaxNorm).toBeGreaterThan(0);
    expect(result.probabilities).toHaveLength(60);
    for (const row of result.probabilities) expect(row).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('by default runs Newton to ‖∇J‖∞ ≤ 1e-8 and reports the final θ, gradient and spectrum', () => {
    const result = report([]);
    expect(result.converged).toBe(true);
    expect(result.gradMaxNorm).toBeLessThanOrEqual(1e-8);
    expect(result.gradNorm).toBeGreaterThanOrEqual(result.gradMaxNorm);
    expect(result.steps).toBeGreaterThan(0);
    expect(result.steps).toBeLessThan(30);
    expect(result.separable).toBe(false);
    // Full and unregularised: 9 free parameters, 3 of them along the flat valley; Newton's pseudo-inverse keeps m = 0.
    expect(result.hessianEigenvalues).toHaveLength(9);
    expect(result.hessianEigenvalues.slice(0, 3).every((value) => Math.abs(value) < 1e-12)).toBe(true);
    expect(result.hessianEigenvalues[3]).toBeGreaterThan(1e-6);
    expect([...result.hessianEigenvalues].sort((a, b) => a - b)).toEqual(result.hessianEigenvalues);
    result.redundant.forEach((m) => expect(Math.abs(m)).toBeLessThan(1e-12));
    for (const row of result.probabilities) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('stops at --steps when the tolerance is out of reach', () => {
    const result = report(['--optimizer', 'gd', '--lr', '0.5', '--steps', '25']);
    expect(result.steps).toBe(25);
    expect(result.converged).toBe(false);
  });

  it('under a reference class reports its row as zeros, the same classifier, and a non-singular spectrum', () => {
    const full = report([]);
    const reference = report(['--parametrization', 'reference', '--reference-class', '1']);
    expect(reference.theta[1]).toEqual([0, 0, 0]);
    expect(reference.hessianEigenvalues).toHaveLength(6);
    expect(reference.hessianEigenvalues[0]).toBeGreaterThan(1e-6);
    reference.probabilities.forEach((row, n) => row.forEach((p, k) => expect(Math.abs(p - full.probabilities[n][k])).toBeLessThan(1e-8)));
    expect(report(['--parametrization', 'reference']).theta[2]).toEqual([0, 0, 0]);
  });

  it('applies --l2 and --penalize-bias: with the bias penalised every row of θ sums to zero at the optimum', () => {
    const result = report(['--l2', '0.1', '--penalize-bias']);
    expect(result.converged).toBe(true);
    result.redundant.forEach((m) => expect(Math.abs(m)).toBeLessThan(1e-9));
    // λ = 0.1 on every entry shifts each eigenvalue by 0.1, the flat valley's three included.
    result.hessianEigenvalues.slice(0, 3).forEach((value) => expect(value).toBeCloseTo(0.1, 10));
    const unpenalisedBias = report(['--l2', '0.1']);
    expect(Math.abs(unpenalisedBias.hessianEigenvalues[0])).toBeLessThan(1e-12);
  });

  it('starts from a seeded random θ with --init random', () => {
    const first = report(['--init', 'random', '--seed', '7', '--steps', '0']);
    expect(first.theta.flat().some((value) => value !== 0)).toBe(true);
    expect(report(['--init', 'random', '--seed', '7', '--steps', '0']).theta).toEqual(first.theta);
    expect(report(['--init', 'random', '--seed', '8', '--steps', '0']).theta).not.toEqual(first.theta);
  });

  it('flags separable data, where the unregularised optimum does not exist', () => {
    expect(report(['--optimizer', 'gd', '--lr', '1', '--steps', '50'], { 'points.csv': SEPARABLE }).separable).toBe(true);
    expect(report(['--steps', '0']).separable).toBe(false);
  });

  it('flags a diverging run and keeps θ finite', () => {
    const result = report(['--optimizer', 'gd', '--lr', '1e307', '--steps', '100']);
    expect(result.diverged).toBe(true);
    expect(result.steps).toBeLessThan(100);
    expect(result.theta.flat().every(Number.isFinite)).toBe(true);
  });

  it('prints the usage on --help and exits 0', () => {
    const outcome = runFitCommand(['--help'], files({}));
    expect(outcome).toMatchObject({ exitCode: 0, stderr: '' });
    expect(outcome.stdout).toMatch(/^Usage: npm run --silent fit -- --data FILE/);
    expect(outcome.stdout).toContain('--optimizer gd|sgd|momentum|adam|newton|lbfgs');
  });

  it.each([
    ['a file that is missing', ['--data', 'gone.csv'], {}, 1, 'gone.csv: cannot read the file: no such file'],
    ['a bad header', ['--data', 'p.csv'], { 'p.csv': 'a,b,c\n0,0,0\n' }, 1, 'p.csv:1: expected the header'],
    ['a non-numeric coordinate', ['--data', 'p.csv'], { 'p.csv': 'x1,x2,label\n0,0,0\n1,abc,1\n' }, 1, 'p.csv:3: field "x2": "abc" is not a number'],
    ['a negative label', ['--data', 'p.csv'], { 'p.csv': 'x1,x2,label\n0,0,0\n1,1,-1\n' }, 1, 'p.csv:3: field "label": "-1"'],
    ['a label beyond the largest K', ['--data', 'p.csv'], { 'p.csv': 'x1,x2,label\n0,0,0\n1,1,8\n' }, 1, 'p.csv:3: field "label": "8" is too large'],
    ['a single class', ['--data', 'p.csv'], { 'p.csv': 'x1,x2,label\n0,0,1\n1,1,1\n' }, 1, 'p.csv: every point has label 1'],
    ['an unknown option', ['--data', 'p.csv', '--fast'], { 'p.csv': THREE_POINTS }, 2, 'fit: unknown option "--fast"'],
    ['a negative --l2', ['--data', 'p.csv', '--l2', '-1'], { 'p.csv': THREE_POINTS }, 2, 'fit: --l2 must be a number >= 0'],
    ['a reference class the data lacks', ['--data', 'p.csv', '--parametrization', 'reference', '--reference-class', '3'], { 'p.csv': THREE_POINTS }, 2, 'fit: --reference-class 3 is not a class of p.csv, whose labels run from 0 to 2'],
  ])('rejects %s with one line on stderr and nothing on stdout', (_, argv, contents, exitCode, message) => {
    const outcome = failure(argv, contents);
    expect(outcome.exitCode).toBe(exitCode);
    expect(outcome.stderr).toContain(message);
  });
});
