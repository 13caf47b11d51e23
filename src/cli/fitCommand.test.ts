import { describe, expect, it } from 'vitest';
import { pointsToCsv } from '../model/csv';
import { generatePreset } from '../model/datasets/presets';
import { toDataset } from '../model/dataset';
import { fitDataset, type FitReport } from './fit';
import { FIT_DEFAULTS } from './fitArguments';
import { runFitCommand, type ReadText } from './fitCommand';
import { FitFailedError } from './numericLimits';

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
    expect(report(['--optimizer', 'gd', '--lr', '1', '--steps', '50'], { 'points.csv': SEPARABLE })).toMatchObject({
      separable: true,
      separation: 'completelySeparable',
      noMinimiser: 'completelySeparable',
      converged: false,
    });
    expect(report(['--steps', '0'])).toMatchObject({ separable: false, separation: 'overlapping', noMinimiser: null });
  });

  it('never says converged on quasi-complete data, where Newton’s gradient passes the tolerance but no minimiser exists', () => {
    const quasi = 'x1,x2,label\n0,0,0\n-1,1,0\n-1,-1,0\n-2,0,0\n0,0,1\n1,1,1\n1,-1,1\n2,0,1\n';
    const result = report(['--optimizer', 'newton'], { 'points.csv': quasi });
    expect(result).toMatchObject({ converged: false, noMinimiser: 'quasiCompletelySeparated', separation: 'quasiCompletelySeparated', separable: false });
    expect(result.gradMaxNorm).toBeLessThanOrEqual(FIT_DEFAULTS.run.tolerance);
    // With L2 on every entry the same points have a minimiser, and Newton reaches it.
    expect(report(['--optimizer', 'newton', '--l2', '0.01'], { 'points.csv': quasi })).toMatchObject({ converged: true, noMinimiser: null });
  });

  it('names an empty reference class apart: every other bias rises, so there is no minimiser', () => {
    // Labels 0 and 2, so K = 3 and class 1 has no points.
    const gap = 'x1,x2,label\n0,0,0\n1,0,2\n0,1,2\n1,1,0\n';
    const args = ['--parametrization', 'reference', '--steps', '20'];
    expect(report([...args, '--reference-class', '1'], { 'points.csv': gap })).toMatchObject({ converged: false, noMinimiser: 'emptyReferenceClass' });
    expect(report([...args, '--reference-class', '0'], { 'points.csv': gap })).toMatchObject({ converged: false, noMinimiser: 'emptyClass' });
  });

  it('stops a diverging run at once and exits 1 naming the learning rate, never printing a non-finite number', () => {
    const outcome = failure(['--data', 'p.csv', '--optimizer', 'gd', '--lr', '1e307', '--steps', '100'], { 'p.csv': OVERLAPPING });
    expect(outcome.exitCode).toBe(1);
    // 2/hₘₐₓ(H) at θ = 0 on these points, computed once.
    expect(outcome.stderr).toMatch(
      /^fit: the run diverged at step \d+: θ became non-finite or passed ±1e300; --lr 1e\+307 is too large for gd on this data: lower it \(at the starting θ, 2\/hₘₐₓ = 3\.283, hₘₐₓ the largest eigenvalue of the Hessian: a local guide to the stable step\)\n$/,
    );
  });

  it('names η·λ, not the learning rate alone, when the L2 term makes gradient descent blow up', () => {
    const outcome = failure(['--data', 'p.csv', '--optimizer', 'gd', '--lr', '0.5', '--l2', '1e5'], { 'p.csv': OVERLAPPING });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr).toContain('--lr × --l2 = 5.00e4 > 2: the L2 part of each step multiplies every penalised weight by 1 − ηλ < −1');
    expect(outcome.stderr).toContain('lower --lr (at the starting θ, 2/hₘₐₓ = 2.00e−5, hₘₐₓ the largest eigenvalue of the Hessian: a local guide to the stable step) or --l2');
  });

  describe('coordinates whose products overflow float64', () => {
    const ordinary = OVERLAPPING.trimEnd().split('\n');
    const scaled = (factor: number) =>
      [ordinary[0], ...ordinary.slice(1).map((row) => row.split(',').map((field, i) => (i < 2 ? Number(field) * factor : field)).join(','))].join('\n');

    it.each([
      ['one point at x1 = 1e200 among ordinary ones', `${OVERLAPPING}1e200,0,1\n`, 62, 'x1', '1.000e200'],
      ['one point at x2 = −2e151', `${OVERLAPPING}\n0,-2e151,0\n`, 63, 'x2', '−2.000e151'],
      ['every point scaled by 1e154', scaled(1e154), 2, 'x1', null],
      ['every point scaled by 1e200', scaled(1e200), 2, 'x1', null],
    ])('refuses %s up front, naming the line (exit 1, no training)', (_, text, line, field, value) => {
      const started = Date.now();
      const outcome = failure(['--data', 'p.csv'], { 'p.csv': text });
      expect(outcome.exitCode).toBe(1);
      expect(outcome.stderr).toContain(`p.csv:${line}: field "${field}": ${value ?? ''}`);
      expect(outcome.stderr).toContain(
        'is beyond ±1e150: products of coordinates (x̃ x̃ᵀ in the Hessian) would overflow float64; rescale the data (standardise x1 and x2)',
      );
      expect(Date.now() - started).toBeLessThan(2000);
    });

    it('accepts coordinates of exactly ±1e150, and every number it then prints is finite', () => {
      const result = report(['--steps', '3'], { 'points.csv': `${OVERLAPPING}1e150,-1e150,1\n` });
      expect(result.steps).toBe(3);
      expect(JSON.stringify(result)).not.toContain('null');
    });

    it('guards fitDataset too: a Dataset with a coordinate of 1e200 throws before the first step', () => {
      const data = toDataset([{ x1: 0, x2: 0, label: 0 }, { x1: 1e200, x2: 1, label: 1 }], 2);
      expect(() => fitDataset(data, { ...FIT_DEFAULTS, data: 'd' }, 'd')).toThrow(
        new FitFailedError('fit: coordinates reach 1.000e200, beyond ±1e150: products of coordinates (x̃ x̃ᵀ in the Hessian) would overflow float64; rescale the data (standardise x1 and x2)'),
      );
    });
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
    ['a negative --l2', ['--data', 'p.csv', '--l2', '-1'], { 'p.csv': THREE_POINTS }, 2, 'fit: --l2 must be a number ≥ 0'],
    ['a reference class the data lacks', ['--data', 'p.csv', '--parametrization', 'reference', '--reference-class', '3'], { 'p.csv': THREE_POINTS }, 2, 'fit: --reference-class 3 is not a class of p.csv, whose labels run from 0 to 2'],
  ])('rejects %s with one line on stderr and nothing on stdout', (_, argv, contents, exitCode, message) => {
    const outcome = failure(argv, contents);
    expect(outcome.exitCode).toBe(exitCode);
    expect(outcome.stderr).toContain(message);
  });
});
