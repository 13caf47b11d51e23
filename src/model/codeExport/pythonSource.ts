import { OPTIMIZERS } from '../optimizers';
import { maxNorm, redundantComponent, ROW } from '../parameters';
import { scriptedStep, type ExportedRun } from './exportedRun';

/**
 * The parts the NumPy and PyTorch scripts share: the header, the data and θ as Python literals, the settings as
 * constants and the app's mini-batch order. Numbers are written in JavaScript's shortest round-trip form, which
 * Python reads back to the same double.
 */

/** A float literal Python reads as exactly `value` (finite values only; −0 keeps its sign). */
export function pythonFloat(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} into a script`);
  if (Object.is(value, -0)) return '-0.0';
  const text = String(value);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

const list = (values: readonly string[]) => `[${values.join(', ')}]`;

/** θ (K×3) as rows of [b, w1, w2]. */
export function thetaLiteral(theta: Float64Array, indent: string): string {
  const rows = Array.from({ length: theta.length / ROW }, (_, k) => list(Array.from(theta.subarray(ROW * k, ROW * k + ROW), pythonFloat)));
  return `[\n${rows.map((row) => `${indent}${row},`).join('\n')}\n]`;
}

/** The optimiser and its hyper-parameters, in words. */
function optimizerInWords(run: ExportedRun): string {
  const { optimizer } = run.settings;
  const batches = run.miniBatches ? `; mini-batches of ${optimizer.batchSize} in the app's seeded order` : '';
  const hyper = scriptedStep(run).constants(optimizer).map(([name, value]) => `, ${name.toLowerCase()} = ${value}`).join('');
  return `${OPTIMIZERS[optimizer.kind].nameInProse} (learning rate ${optimizer.learningRate}${hyper}${batches})`;
}

/** Above this |m|, θ = (θ − m) + m held as one float64 has lost enough digits of θ − m to show in J's sixth digit. */
const LARGE_CLASS_MEAN = 1e6;

/** The opening comment: what the script reproduces and the numbers it prints, honestly qualified. */
export function header(run: ExportedRun, library: string): string {
  const { settings, points, classes, steps, loss, appLoss, fallback } = run;
  const model =
    settings.parametrization === 'full' ? 'full parametrization (all K rows learned)' : `reference class ${settings.referenceClass} (its row fixed at 0)`;
  const l2 = settings.l2 === 0 ? 'no L2' : `L2 lambda = ${settings.l2}, bias ${settings.penalizeBias ? 'penalised' : 'not penalised'}`;
  const lines = [
    `Softmax Lab run, exported as a ${library} script.`,
    `${points.length} points, K = ${classes} classes, ${model}, ${l2}.`,
    `${steps} steps of ${optimizerInWords(run)} from the theta of step 0 below.`,
  ];
  if (fallback !== null) {
    lines.push(
      `NOT the app's optimiser: the app trained with ${OPTIMIZERS[fallback].nameInProse} (its J = ${appLoss}).`,
      `This script runs plain gradient descent from the same start instead, so its J differs from the app's.`,
    );
  } else if (!run.matchesApp) {
    lines.push(
      `The app's run changed settings, points or theta along the way (the app shows J = ${appLoss}):`,
      `this script replays the current settings from step 0, as the app's engine does.`,
    );
  } else {
    lines.push(`It reproduces the app's run: the app shows the same J at step ${steps}.`);
  }
  const largestMean = Math.max(...[run.initialTheta, run.theta].map((theta) => maxNorm(redundantComponent(theta, classes))));
  if (largestMean > LARGE_CLASS_MEAN) {
    lines.push(
      `Caution: theta's class-mean m reaches ${largestMean}. The app keeps theta - m and m apart; this script holds`,
      `theta whole, which loses digits of theta - m, so its numbers may differ from the app's by more than 1e-6.`,
    );
  }
  lines.push(`It prints J = ${loss} (to about 1e-6) and then theta as JSON.`);
  return lines.map((line) => `# ${line}`).join('\n');
}

/** How a script turns a nested Python list into its array type: floats (float64) or integer labels. */
export type ArrayOf = (literal: string, type: 'float' | 'int') => string;

/** The points, θ at step 0 and the settings as Python constants. */
export function dataAndSettings(run: ExportedRun, array: ArrayOf): string {
  const floats = (literal: string) => array(literal, 'float');
  const { points, settings, initialTheta, classes } = run;
  const { optimizer } = settings;
  const reference = settings.parametrization === 'reference' ? settings.referenceClass : null;
  const constants = [
    `K = ${classes}`,
    `STEPS = ${run.steps}`,
    `LEARNING_RATE = ${pythonFloat(optimizer.learningRate)}`,
    ...scriptedStep(run).constants(optimizer).map(([name, value]) => `${name} = ${pythonFloat(value)}`),
    `LAMBDA = ${pythonFloat(settings.l2)}  # J = mean(-log P(y|x)) + LAMBDA/2 * sum of the penalised theta^2`,
    `PENALISED = ${floats(settings.penalizeBias ? '[1.0, 1.0, 1.0]' : '[0.0, 1.0, 1.0]')}  # which of (b, w1, w2) L2 sums`,
    `LEARNED = ${floats(list(Array.from({ length: classes }, (_, k) => (k === reference ? '[0.0]' : '[1.0]'))))}  # ${
      reference === null ? 'every row is learned' : `row ${reference} is the reference class, fixed at 0`
    }`,
    ...(run.miniBatches ? [`BATCH_SIZE = ${optimizer.batchSize}`, `SEED = ${optimizer.seed}`] : []),
  ];
  return [
    '# The points (x1, x2) and their classes.',
    `X = ${floats(`[\n${points.map((p) => `    [${pythonFloat(p.x1)}, ${pythonFloat(p.x2)}],`).join('\n')}\n]`)}`,
    `y = ${array(list(points.map((p) => String(p.label))), 'int')}`,
    '',
    '# theta at step 0: one row (b_k, w_k1, w_k2) per class.',
    `theta = ${floats(thetaLiteral(initialTheta, '    '))}`,
    '',
    '# The settings.',
    ...constants,
  ].join('\n');
}

/** The app's mini-batch order in plain Python: its seeded generator (mulberry32) and per-epoch Fisher–Yates shuffle. */
export const BATCH_ORDER = `def app_batches(n, size, seed):
    """Yields the app's mini-batches: every epoch shuffles the indices (mulberry32, Fisher-Yates) and deals them out."""
    mask, state = 0xFFFFFFFF, seed & 0xFFFFFFFF

    def uniform():
        nonlocal state
        state = (state + 0x6D2B79F5) & mask
        t = ((state ^ (state >> 15)) * (state | 1)) & mask
        t ^= (t + ((t ^ (t >> 7)) * (t | 61))) & mask
        return (t ^ (t >> 14)) / 4294967296

    order, cursor = list(range(n)), n
    while True:
        if cursor >= n:
            for i in range(n - 1, 0, -1):
                j = int(uniform() * (i + 1))
                order[i], order[j] = order[j], order[i]
            cursor = 0
        yield order[cursor:cursor + size]
        cursor += size`;
