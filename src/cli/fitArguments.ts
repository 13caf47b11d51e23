import type { InitKind } from '../model/initialization';
import { OPTIMIZER_KINDS, type OptimizerKind } from '../model/optimizers';
import type { ParametrizationKind } from '../model/parameters';
import { formatCount, formatNumber } from '../model/numberFormat';
import { LARGEST_COORDINATE } from '../model/coordinateLimits';
import { LARGEST_DATA_FILE } from './readDataFile';

/** Everything `npm run fit` can be told, after validation. Plain data. */
export interface FitOptions {
  readonly data: string;
  readonly parametrization: ParametrizationKind;
  /** The class whose row is pinned at zero; null means the last class, K − 1 (only K is known once the file is read). */
  readonly referenceClass: number | null;
  readonly l2: number;
  readonly penalizeBias: boolean;
  readonly optimizer: OptimizerKind;
  readonly learningRate: number;
  /** 0 means every point in every step. */
  readonly batchSize: number;
  readonly maxSteps: number;
  readonly tolerance: number;
  readonly init: InitKind;
  readonly seed: number;
}

export type ParsedFitArguments =
  | { readonly kind: 'fit'; readonly options: FitOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

export const FIT_DEFAULTS: Omit<FitOptions, 'data'> = {
  parametrization: 'full',
  referenceClass: null,
  l2: 0,
  penalizeBias: false,
  optimizer: 'newton',
  learningRate: 0.1,
  batchSize: 0,
  maxSteps: 10_000,
  tolerance: 1e-8,
  init: 'zeros',
  seed: 1,
};

export const FIT_USAGE = `Usage: npm run --silent fit -- --data FILE [options]
   or: npx tsx scripts/fit.ts --data FILE [options]
(--silent keeps npm's own "> softmax-lab fit" banner out of stdout, so that stdout is exactly the JSON.)

Fits softmax regression to FILE, a CSV with the header x1,x2,label (labels 0..K-1, K = largest label + 1),
and prints one JSON object: theta (K rows of [b, w1, w2], a reference row as zeros), loss, gradNorm (Euclidean),
gradMaxNorm, steps, converged, noMinimiser, diverged, redundant (class-mean [b, w1, w2]), hessianEigenvalues (ascending,
of the free parameters), separable, separation and probabilities (N rows of K), all at the final theta. converged is
false wherever the loss has no minimiser, and noMinimiser then names why (completelySeparable,
quasiCompletelySeparated or emptyClass); separation is overlapping, quasiCompletelySeparated or
completelySeparable. Every number printed is
finite (diverged is always false): a run that meets a non-finite loss, gradient or theta stops and exits 1.
Coordinates must lie within ±${formatNumber(LARGEST_COORDINATE, 1)} (their products would overflow float64); FILE must be a regular
file of at most ${formatCount(LARGEST_DATA_FILE / 1_000_000)} MB.

Options (defaults in brackets):
  --data FILE                   the points (required)
  --parametrization full|reference
                                every class has a row, or one class's row is fixed at 0 [full]
  --reference-class R           the fixed class, 0..K-1, with --parametrization reference [K-1]
  --l2 LAMBDA                   L2 strength, >= 0 [0]
  --penalize-bias               include the biases b_k in the L2 penalty [off]
  --optimizer gd|sgd|momentum|adam|newton|lbfgs
                                [newton: exact Hessian, pseudo-inverse on the singular full Hessian]
  --lr ETA                      learning rate of gd, sgd, momentum and adam, > 0 [0.1]
  --batch-size B                mini-batch size of sgd, momentum and adam; 0 = all points [0]
  --steps MAX                   stop after MAX steps; 0 reports the initial state [10000]
  --tol TOL                     stop once the gradient's max-norm is <= TOL [1e-8]
  --init zeros|random           starting theta [zeros]
  --seed S                      seeds the random start and the mini-batch order, integer 0..4294967295 [1]
  --help                        print this text

Exit status: 0 on success (converged or not), 1 when the file cannot be read or used or the run diverged (stderr
says why), 2 on a bad command line.`;

const PARAMETRIZATIONS: readonly ParametrizationKind[] = ['full', 'reference'];
const INIT_KINDS: readonly InitKind[] = ['zeros', 'random'];
/** Plain decimal or scientific notation; Number() alone would also take '', '0x1f', 'Infinity' and ' '. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const MAX_SEED = 2 ** 32 - 1;

/** Options as they accumulate while the command line is read. */
type GivenOptions = { -readonly [K in keyof FitOptions]?: FitOptions[K] };
type ValueParser = (text: string, option: string) => GivenOptions;

class UsageError extends Error {}

/** The options that take a value, and how each turns its text into settings. */
const VALUE_OPTIONS: Readonly<Record<string, ValueParser>> = {
  '--data': (text, option) => {
    if (text === '') throw new UsageError(`${option} needs a file name`);
    return { data: text };
  },
  '--parametrization': (text, option) => ({ parametrization: oneOf(text, option, PARAMETRIZATIONS) }),
  '--reference-class': (text, option) => ({ referenceClass: integer(text, option, 0, Number.MAX_SAFE_INTEGER) }),
  '--l2': (text, option) => ({ l2: number(text, option, (value) => value >= 0, 'a number >= 0') }),
  '--optimizer': (text, option) => ({ optimizer: oneOf(text, option, OPTIMIZER_KINDS) }),
  '--lr': (text, option) => ({ learningRate: number(text, option, (value) => value > 0, 'a number > 0') }),
  '--batch-size': (text, option) => ({ batchSize: integer(text, option, 0, Number.MAX_SAFE_INTEGER) }),
  '--steps': (text, option) => ({ maxSteps: integer(text, option, 0, Number.MAX_SAFE_INTEGER) }),
  '--tol': (text, option) => ({ tolerance: number(text, option, (value) => value >= 0, 'a number >= 0') }),
  '--init': (text, option) => ({ init: oneOf(text, option, INIT_KINDS) }),
  '--seed': (text, option) => ({ seed: integer(text, option, 0, MAX_SEED) }),
};

const FLAG_OPTIONS: Readonly<Record<string, GivenOptions>> = {
  '--penalize-bias': { penalizeBias: true },
};

/**
 * Turns the command line (without `node script`) into options, a request for help, or a one-line usage error.
 * Options take their value as the next word or after "=" (--l2=0.1); each may be given once.
 */
export function parseFitArguments(argv: readonly string[]): ParsedFitArguments {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  try {
    return { kind: 'fit', options: parseOptions(argv) };
  } catch (error) {
    if (error instanceof UsageError) return { kind: 'error', message: `${error.message} (see --help)` };
    throw error;
  }
}

function parseOptions(argv: readonly string[]): FitOptions {
  const settings: GivenOptions = {};
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (!word.startsWith('--')) throw new UsageError(`unexpected argument ${JSON.stringify(word)}`);
    const equals = word.indexOf('=');
    const option = equals < 0 ? word : word.slice(0, equals);
    if (seen.has(option)) throw new UsageError(`${option} is given more than once`);
    seen.add(option);
    const flag = FLAG_OPTIONS[option];
    if (flag !== undefined) {
      if (equals >= 0) throw new UsageError(`${option} takes no value`);
      Object.assign(settings, flag);
      continue;
    }
    const parse = VALUE_OPTIONS[option];
    if (parse === undefined) throw new UsageError(`unknown option ${JSON.stringify(option)}`);
    let value: string;
    if (equals >= 0) value = word.slice(equals + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    else throw new UsageError(`${option} needs a value`);
    Object.assign(settings, parse(value, option));
  }
  const { data } = settings;
  if (data === undefined) throw new UsageError('--data FILE is required');
  const options: FitOptions = { ...FIT_DEFAULTS, ...settings, data };
  if (options.referenceClass !== null && options.parametrization !== 'reference') {
    throw new UsageError('--reference-class applies only with --parametrization reference');
  }
  return options;
}

function oneOf<T extends string>(text: string, option: string, allowed: readonly T[]): T {
  const match = allowed.find((value) => value === text);
  if (match === undefined) throw new UsageError(`${option} must be one of ${allowed.join(', ')}, got ${quoted(text)}`);
  return match;
}

function number(text: string, option: string, valid: (value: number) => boolean, description: string): number {
  const value = Number(text);
  if (!DECIMAL.test(text) || !Number.isFinite(value) || !valid(value)) {
    throw new UsageError(`${option} must be ${description}, got ${quoted(text)}`);
  }
  return value;
}

function integer(text: string, option: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
    throw new UsageError(`${option} must be ${range}, got ${quoted(text)}`);
  }
  return value;
}

/** JSON quoting keeps the message on one line whatever the user typed. */
function quoted(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
