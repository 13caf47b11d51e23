import { CsvError } from '../model/csv';
import { FitOptionsError, fitCsv } from './fit';
import { FitFailedError } from './numericLimits';
import { FIT_USAGE, parseFitArguments } from './fitArguments';

/** What the process should write and exit with. stdout is empty whenever exitCode is not 0. */
export interface CommandOutcome {
  readonly exitCode: 0 | 1 | 2;
  readonly stdout: string;
  /** One line (with its newline) on failure, empty on success. */
  readonly stderr: string;
}

/** Reads a whole text file; throws (a Node.js system error, say) when it cannot. */
export type ReadText = (path: string) => string;

/**
 * `npm run fit` without the process: argv (without `node script`) in, output and exit status out.
 * Exit 2 for a bad command line; 1 for a file that cannot be read or used, or a run that met a non-finite number;
 * 0 with the JSON report otherwise.
 */
export function runFitCommand(argv: readonly string[], readText: ReadText): CommandOutcome {
  const parsed = parseFitArguments(argv);
  if (parsed.kind === 'help') return { exitCode: 0, stdout: `${FIT_USAGE}\n`, stderr: '' };
  if (parsed.kind === 'error') return failure(2, `fit: ${parsed.message}`);
  const { options } = parsed;
  let text: string;
  try {
    text = readText(options.data);
  } catch (error) {
    return failure(1, `${options.data}: cannot read the file: ${describeReadError(error)}`);
  }
  try {
    return { exitCode: 0, stdout: `${JSON.stringify(fitCsv(text, options.data, options))}\n`, stderr: '' };
  } catch (error) {
    if (error instanceof CsvError || error instanceof FitFailedError) return failure(1, error.message);
    if (error instanceof FitOptionsError) return failure(2, `fit: ${error.message}`);
    throw error;
  }
}

function failure(exitCode: 1 | 2, message: string): CommandOutcome {
  return { exitCode, stdout: '', stderr: `${oneLine(message)}\n` };
}

const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
};

/** Node's own messages repeat the path and the syscall; the common cases get a plain phrase instead. */
function describeReadError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return READ_ERRORS[code] ?? (error instanceof Error ? error.message : String(error));
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ');
}
