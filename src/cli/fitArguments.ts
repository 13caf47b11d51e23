import { parseArgs } from 'node:util';
import { OPTIMIZER_KINDS, OPTIMIZERS, DEFAULT_OPTIMIZER_SETTINGS, type EditableHyperParameter } from '../model/optimizers';
import { formatCount, formatNumber } from '../model/numberFormat';
import { LARGEST_COORDINATE } from '../model/coordinateLimits';
import { quoteJson } from '../model/plainText';
import type { RunSettings } from '../model/trainerConfig';
import { DEFAULT_SETTINGS } from '../store/settings';
import { LAB_FIELDS } from '../store/schema/labFields';
import { accepts, valueAt, withValueAt, type SettingField } from '../store/schema/settingField';
import { LARGEST_DATA_FILE } from './readDataFile';

/** Everything `npm run fit` can be told, after validation. Plain data. */
export interface FitOptions {
  readonly data: string;
  readonly maxSteps: number;
  /** The class whose row is pinned at zero; null means the last class, K − 1 (only K is known once the file is read). */
  readonly referenceClass: number | null;
  /** Every setting of a run the lab has, but the reference class. */
  readonly run: Omit<RunSettings, 'referenceClass'>;
}

export type ParsedFitArguments =
  | { readonly kind: 'fit'; readonly options: FitOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

/** The lab's settings that define a run: each is an option of the command, named by its field's `cli`. */
export const FIT_FIELDS: readonly SettingField[] = LAB_FIELDS.filter((entry) => entry.cli !== undefined);

/** The settings groups a run reads, as the lab holds them. */
type RunGroups = Pick<typeof DEFAULT_SETTINGS, 'model' | 'init' | 'optimizer' | 'training'>;

/**
 * Where the command starts: the lab's defaults, but for three choices that suit a command that fits to the
 * optimum rather than a lesson that watches gradient descent: Newton, a tight tolerance, and no penalty on the
 * biases (the textbook L2 of logistic regression).
 */
const FIT_START: RunGroups = {
  model: { ...DEFAULT_SETTINGS.model, penalizeBias: false },
  init: DEFAULT_SETTINGS.init,
  optimizer: { ...DEFAULT_SETTINGS.optimizer, kind: 'newton' },
  training: { ...DEFAULT_SETTINGS.training, tolerance: 1e-8 },
};
const DEFAULT_MAX_STEPS = 10_000;

export const FIT_DEFAULTS: Omit<FitOptions, 'data'> = { maxSteps: DEFAULT_MAX_STEPS, referenceClass: null, run: runOf(FIT_START) };

/** The command's own options, beside the settings' ones. */
const OWN_OPTIONS = {
  data: { type: 'string', usage: '--data FILE', help: 'the points (required)' },
  steps: { type: 'string', usage: '--steps MAX', help: `stop after MAX steps; 0 reports the initial state [${DEFAULT_MAX_STEPS}]` },
  seed: { type: 'string', usage: '--seed S', help: 'sets both --init-seed and --batch-seed (unless given)' },
  help: { type: 'boolean', usage: '--help, -h', help: 'print this text' },
} as const;

const isToggle = (entry: SettingField) => typeof entry.default === 'boolean';

const PARSE_OPTIONS = {
  ...Object.fromEntries(FIT_FIELDS.map((entry) => [entry.cli!, { type: isToggle(entry) ? 'boolean' : 'string' } as const])),
  ...Object.fromEntries(Object.entries(OWN_OPTIONS).map(([name, { type }]) => [name, { type }])),
  help: { type: 'boolean', short: 'h' },
} as const;

class UsageError extends Error {}

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
  // Not strict: every word comes back as a token, so each mistake gets its own message below.
  const { tokens } = parseArgs({ args: [...argv], options: PARSE_OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const given = new Map<string, string | true>();
  for (const token of tokens) {
    if (token.kind === 'positional') throw new UsageError(`unexpected argument ${quoteJson(token.value)}`);
    if (token.kind !== 'option') continue;
    const option = token.rawName;
    if (!Object.hasOwn(PARSE_OPTIONS, token.name) || !option.startsWith('--')) throw new UsageError(`unknown option ${quoteJson(option)}`);
    if (given.has(token.name)) throw new UsageError(`${option} is given more than once`);
    const type: string = PARSE_OPTIONS[token.name as keyof typeof PARSE_OPTIONS].type;
    if (type === 'boolean' && token.inlineValue) throw new UsageError(`${option} takes no value`);
    if (type === 'string' && token.value === undefined) throw new UsageError(`${option} needs a value`);
    given.set(token.name, token.value ?? true);
  }

  const data = given.get('data');
  if (data === undefined) throw new UsageError('--data FILE is required');
  if (data === '') throw new UsageError('--data needs a file name');
  const seed = given.get('seed');
  let settings: RunGroups = FIT_START;
  if (typeof seed === 'string') {
    const seedField = FIT_FIELDS.find((entry) => entry.cli === 'init-seed')!;
    const value = optionValue(seedField, seed, '--seed');
    settings = withValueAt(withValueAt(settings, ['init', 'seed'], value), ['optimizer', 'seed'], value);
  }
  for (const entry of FIT_FIELDS) {
    const text = given.get(entry.cli!);
    if (text !== undefined) settings = withValueAt(settings, entry.path, text === true ? true : optionValue(entry, text, `--${entry.cli}`));
  }
  const steps = given.get('steps');
  const maxSteps = typeof steps === 'string' ? wholeNumber(steps, '--steps') : DEFAULT_MAX_STEPS;
  const referenceGiven = given.has('reference-class');
  if (referenceGiven && settings.model.parametrization !== 'reference') {
    throw new UsageError('--reference-class applies only with --parametrization reference');
  }
  return { data: data as string, maxSteps, referenceClass: referenceGiven ? settings.model.referenceClass : null, run: runOf(settings) };
}

/** The option's text as the field's value, refused in the field's own words. */
function optionValue(entry: SettingField, text: string, option: string): unknown {
  const value = entry.codec.read(text);
  if (value === undefined || !accepts(entry, value)) throw new UsageError(`${option} must be ${entry.expected}, got ${quoteJson(text)}`);
  return value;
}

function wholeNumber(text: string, option: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value)) throw new UsageError(`${option} must be a whole number ≥ 0, got ${quoteJson(text)}`);
  return value;
}

function runOf({ model, init, optimizer, training }: RunGroups): Omit<RunSettings, 'referenceClass'> {
  const { parametrization, l2, penalizeBias } = model;
  return { parametrization, l2, penalizeBias, init, optimizer, tolerance: training.tolerance };
}

/** "--optimizer gd|sgd|…", "--lr VALUE" or "--penalize-bias". */
function usageOf(entry: SettingField): string {
  if (isToggle(entry)) return `--${entry.cli}`;
  const options = (entry.schema as { options?: readonly string[] }).options;
  return `--${entry.cli} ${options === undefined ? 'VALUE' : options.join('|')}`;
}

/** For an optimiser's setting: which optimisers read it, from the registry. */
function readBy(entry: SettingField): string {
  if (entry.path[0] !== 'optimizer' || entry.path[1] === 'kind' || entry.path[1] === 'seed') return '';
  const setting = entry.path[1] as EditableHyperParameter;
  const readers = OPTIMIZER_KINDS.filter((kind) => OPTIMIZERS[kind].settingsUsed({ ...DEFAULT_OPTIMIZER_SETTINGS, newtonTreatment: 'damping' }).includes(setting));
  return `; read by ${readers.join(', ')}`;
}

/** What a value must be, where the usage does not already list the choices. */
function meaningOf(entry: SettingField): string {
  if (isToggle(entry)) return ', on when given';
  return 'options' in entry.schema ? '' : `: ${entry.expected}`;
}

function defaultOf(entry: SettingField): string {
  if (entry.cli === 'reference-class') return 'K-1';
  const value = valueAt(FIT_START, entry.path);
  return isToggle(entry) ? (value ? 'on' : 'off') : entry.codec.write(value);
}

const COLUMN = 32;
const line = (usage: string, help: string) => (usage.length + 2 < COLUMN ? `  ${usage.padEnd(COLUMN - 2)}${help}` : `  ${usage}\n${' '.repeat(COLUMN)}${help}`);

/** The --help text: the settings' options are listed from the field table, in its order. */
export const FIT_USAGE = `Usage: npm run --silent fit -- --data FILE [options]
   or: npx tsx scripts/fit.ts --data FILE [options]
(--silent keeps npm's own "> softmax-lab fit" banner out of stdout, so that stdout is exactly the JSON.)

Fits softmax regression to FILE, a CSV with the header x1,x2,label (labels 0..K-1, K = largest label + 1),
and prints one JSON object: theta (K rows of [b, w1, w2], a reference row as zeros), loss, gradNorm (Euclidean),
gradMaxNorm, steps, converged, noMinimiser, diverged, redundant (class-mean [b, w1, w2]), hessianEigenvalues
(ascending, of the free parameters), separable, separation and probabilities (N rows of K), all at the final theta.
converged is false wherever the loss has no minimiser, and noMinimiser then names why (completelySeparable,
quasiCompletelySeparated, emptyClass or emptyReferenceClass); separation is overlapping, quasiCompletelySeparated or completelySeparable.
Every number printed is finite (diverged is always false): a run that meets a non-finite loss, gradient or theta stops and exits 1.
Coordinates must lie within ±${formatNumber(LARGEST_COORDINATE, 1)} (their products would overflow float64); FILE must be a regular
file of at most ${formatCount(LARGEST_DATA_FILE / 1_000_000)} MB.

Options (defaults in brackets; every setting the lab has, with the lab's names and rules):
${[OWN_OPTIONS.data, OWN_OPTIONS.steps].map((option) => line(option.usage, option.help)).join('\n')}
${FIT_FIELDS.map((entry) => line(usageOf(entry), `${entry.label}${meaningOf(entry)}${readBy(entry)} [${defaultOf(entry)}]`)).join('\n')}
${[OWN_OPTIONS.seed, OWN_OPTIONS.help].map((option) => line(option.usage, option.help)).join('\n')}

Exit status: 0 on success (converged or not), 1 when the file cannot be read or used or the run diverged (stderr
says why), 2 on a bad command line.`;
