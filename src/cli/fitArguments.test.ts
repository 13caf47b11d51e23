import { describe, expect, it } from 'vitest';
import { OPTIMIZER_KINDS } from '../model/optimizers';
import { LAB_FIELDS } from '../store/schema/labFields';
import { FIT_DEFAULTS, FIT_USAGE, parseFitArguments, type FitOptions } from './fitArguments';

function options(argv: string[]): FitOptions {
  const parsed = parseFitArguments(argv);
  if (parsed.kind !== 'fit') throw new Error(`expected options, got ${JSON.stringify(parsed)}`);
  return parsed.options;
}

function usageError(argv: string[]): string {
  const parsed = parseFitArguments(argv);
  if (parsed.kind !== 'error') throw new Error(`expected a usage error, got ${JSON.stringify(parsed)}`);
  return parsed.message;
}

describe('parseFitArguments', () => {
  it('needs only --data and fills in the documented defaults', () => {
    expect(options(['--data', 'points.csv'])).toEqual({ ...FIT_DEFAULTS, data: 'points.csv' });
    expect(FIT_DEFAULTS.run).toMatchObject({ parametrization: 'full', optimizer: { kind: 'newton' }, l2: 0, penalizeBias: false, tolerance: 1e-8 });
  });

  it('reads every option, as the next word or after "="', () => {
    const argv = [
      '--data=a.csv',
      '--parametrization', 'reference',
      '--reference-class', '0',
      '--l2', '1e-3',
      '--penalize-bias',
      '--optimizer', 'adam',
      '--lr=.05',
      '--batch-size', '16',
      '--steps', '0',
      '--tol', '1e-300',
      '--init', 'random',
      '--seed', '4294967295',
      '--beta1', '0.8',
      '--beta2=0.99',
    ];
    expect(options(argv)).toEqual({
      data: 'a.csv',
      maxSteps: 0,
      referenceClass: 0,
      run: {
        parametrization: 'reference',
        l2: 0.001,
        penalizeBias: true,
        optimizer: { ...FIT_DEFAULTS.run.optimizer, kind: 'adam', learningRate: 0.05, batchSize: 16, beta1: 0.8, beta2: 0.99, seed: 4294967295 },
        init: { ...FIT_DEFAULTS.run.init, kind: 'random', seed: 4294967295 },
        tolerance: 1e-300,
      },
    });
  });

  it('sets everything the lab can: momentum β, Newton’s damping, the init scale and offset, each seed', () => {
    const run = options(['--data', 'a.csv', '--momentum', '0.5', '--newton-treatment', 'damping', '--damping', '0.01', '--init-scale', '2', '--offset', '1,-2,0.5', '--init-seed', '3', '--batch-seed', '4']).run;
    expect(run.optimizer).toMatchObject({ momentum: 0.5, newtonTreatment: 'damping', damping: 0.01, seed: 4 });
    expect(run.init).toMatchObject({ scale: 2, offset: [1, -2, 0.5], seed: 3 });
  });

  it('has an option for every setting of a run, named in the field table', () => {
    const runGroups = LAB_FIELDS.filter((entry) => ['model', 'init', 'optimizer'].includes(entry.path[0]) || entry.path.join('.') === 'training.tolerance');
    for (const entry of runGroups) {
      expect(entry.cli, entry.key).toBeDefined();
      expect(FIT_USAGE, entry.key).toContain(`--${entry.cli}`);
    }
  });

  // Its options come from the field table and the optimiser registry: after adding to either, look over the new
  // text and regenerate it with `npx vitest run -u src/cli/fitArguments.test.ts`.
  it('prints the golden --help text', async () => {
    await expect(`${FIT_USAGE}\n`).toMatchFileSnapshot('./fitHelp.golden.txt');
  });

  it('asks for help on --help or -h, whatever else is there', () => {
    expect(parseFitArguments(['--help'])).toEqual({ kind: 'help' });
    expect(parseFitArguments(['--l2', 'oops', '-h'])).toEqual({ kind: 'help' });
  });

  it.each([
    [[], '--data FILE is required'],
    [['--data'], '--data needs a value'],
    [['--data', ''], '--data needs a file name'],
    [['--data', 'a.csv', 'b.csv'], 'unexpected argument "b.csv"'],
    [['--data', 'a.csv', '--verbose'], 'unknown option "--verbose"'],
    [['--data', 'a.csv', '--data', 'b.csv'], '--data is given more than once'],
    [['--data', 'a.csv', '--l2', '-1'], '--l2 must be a number ≥ 0, got "-1"'],
    [['--data', 'a.csv', '--l2', 'Infinity'], '--l2 must be a number ≥ 0, got "Infinity"'],
    [['--data', 'a.csv', '--l2', ''], '--l2 must be a number ≥ 0, got ""'],
    [['--data', 'a.csv', '--lr', 'abc'], '--lr must be a positive number, got "abc"'],
    [['--data', 'a.csv', '--lr', '0'], '--lr must be a positive number, got "0"'],
    [['--data', 'a.csv', '--lr', '0x10'], '--lr must be a positive number, got "0x10"'],
    [['--data', 'a.csv', '--tol', '0'], '--tol must be a positive number, got "0"'],
    [['--data', 'a.csv', '--momentum', '1'], '--momentum must be at least 0 and below 1, got "1"'],
    [['--data', 'a.csv', '--offset', '1,2'], '--offset must be three finite numbers, got "1,2"'],
    [['--data', 'a.csv', '--steps', '2.5'], '--steps must be a whole number ≥ 0, got "2.5"'],
    [['--data', 'a.csv', '--batch-size', '-4'], '--batch-size must be a whole number ≥ 0 (0 means all points), got "-4"'],
    [['--data', 'a.csv', '--seed', '4294967296'], '--seed must be a whole number from 0 to 4294967295, got "4294967296"'],
    [['--data', 'a.csv', '--reference-class', 'last'], '--reference-class must be one of the classes 0 to K − 1, got "last"'],
    [['--data', 'a.csv', '--optimizer', 'rmsprop'], `--optimizer must be one of ${OPTIMIZER_KINDS.join(', ')}, got "rmsprop"`],
    [['--data', 'a.csv', '--parametrization', 'softmax'], '--parametrization must be one of full, reference, got "softmax"'],
    [['--data', 'a.csv', '--init', 'ones'], '--init must be one of zeros, random, got "ones"'],
    [['--data', 'a.csv', '--penalize-bias=yes'], '--penalize-bias takes no value'],
    [['--data', 'a.csv', '--reference-class', '1'], '--reference-class applies only with --parametrization reference'],
  ])('rejects %j: %s', (argv, message) => {
    expect(usageError(argv)).toBe(`${message} (see --help)`);
  });

  it('keeps a usage error on one line even when the value has a newline', () => {
    expect(usageError(['--data', 'a.csv', '--lr', '1\n2'])).not.toMatch(/\n/);
  });
});
