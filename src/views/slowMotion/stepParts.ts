import { classSums, ROW } from '../../model/parameters';
import { withoutRoundOff } from '../../model/roundOff';
import type { StepAnatomy } from '../../model/stepAnatomy';
import { CLASS_NAMES } from '../common/palette';
import { formatNumber, formatSetting } from '../common/format';
import { texNumber, texVector } from '../lessons/liveTex';

/** The settings a part's words depend on. */
export interface StepContext {
  readonly learningRate: number;
  readonly l2: number;
  readonly penalizeBias: boolean;
}

/** One part of the step: a title, a sentence and its TeX with the live numbers. */
export interface StepPart {
  readonly id: 'logits' | 'softmax' | 'share' | 'gradient' | 'l2' | 'update' | 'mean';
  readonly title: string;
  readonly sentence: string;
  readonly tex: string;
}

const className = (k: number) => String.raw`\text{${CLASS_NAMES[k % CLASS_NAMES.length]}}`;
const ENTRIES = ['b', 'w_1', 'w_2'];

/** A TeX table with one row per class: `cells(k)` gives that row's entries; `footer` the Σ_k row, if any. */
function classTable(classes: number, header: readonly string[], cells: (k: number) => readonly string[], footer?: readonly string[]): string {
  const head = ['', ...header].join(' & ');
  const rows = Array.from({ length: classes }, (_, k) => [className(k), ...cells(k)].join(' & ')).join(String.raw` \\ `);
  const foot = footer === undefined ? '' : String.raw` \\ \hline ${[String.raw`\textstyle\sum_k`, ...footer].join(' & ')}`;
  return String.raw`\begin{array}{l|${'r'.repeat(header.length)}} ${head} \\ \hline ${rows}${foot} \end{array}`;
}

/** A formula above its table, centred: the table keeps the panel's whole width. */
const stacked = (formula: string, table: string) => String.raw`\begin{gathered} ${formula} \\[0.4em] ${table} \end{gathered}`;

const rowOf = (matrix: Float64Array, k: number) => Array.from(matrix.subarray(ROW * k, ROW * k + ROW));
const texRow = (values: readonly number[]) => values.map((value) => texNumber(value));
/** The largest |entry|: what a sum's rounding crumbs are judged against. */
const scaleOf = (values: ArrayLike<number>) => Math.max(...Array.from(values, Math.abs));

/** The seven parts of one gradient-descent step, in the order they happen. */
export function stepParts(anatomy: StepAnatomy, context: StepContext): StepPart[] {
  const { classes, xTilde, label } = anatomy;
  const { learningRate, l2, penalizeBias } = context;
  const eta = texNumber(learningRate);
  const lambda = texNumber(l2);
  const dataScale = scaleOf(anatomy.dataGradient);
  const dataSum = anatomy.dataClassSum.map((value) => withoutRoundOff(value, dataScale));
  const gradientSum = classSums(anatomy.gradient, classes);
  // m's change without its rounding crumbs: an unchanged m must read as unchanged.
  const meanAfter = anatomy.meanAfter.map((value, i) => anatomy.meanBefore[i] + withoutRoundOff(value - anatomy.meanBefore[i], scaleOf(anatomy.theta)));
  const point = `point ${anatomy.point + 1} of ${anatomy.pointCount}, x = (${formatNumber(xTilde[1])}, ${formatNumber(xTilde[2])}), class ${label} (${CLASS_NAMES[label % CLASS_NAMES.length]})`;

  return [
    {
      id: 'logits',
      title: 'The logits',
      sentence: `The chosen ${point}. Each class scores it with its row of θ: zₖ = θₖ·x̃, with x̃ = (1, x₁, x₂).`,
      tex: stacked(String.raw`\tilde x = ${texVector([...xTilde])}`, classTable(classes, [String.raw`z_k = \theta_k \cdot \tilde x`], (k) => [texNumber(anatomy.logits[k])])),
    },
    {
      id: 'softmax',
      title: 'Softmax, with the max subtracted',
      sentence: 'Subtract the largest logit (so the largest exponent is 0 and nothing overflows), exponentiate, divide by the sum: the probabilities are positive and sum to one.',
      tex: classTable(
        classes,
        [String.raw`z_k - \max_j z_j`, String.raw`e^{z_k - \max_j z_j}`, String.raw`P(k \mid x)`],
        (k) => [texNumber(anatomy.shifted[k]), texNumber(anatomy.exps[k], 4), texNumber(anatomy.probabilities[k], 4)],
        ['', texNumber(anatomy.expSum, 4), texNumber(anatomy.probabilities.reduce((a, b) => a + b, 0), 4)],
      ),
    },
    {
      id: 'share',
      title: 'This point’s share of the gradient',
      sentence: `Its residuals P(k|x) − [y = k] sum to zero over the classes; its share of gradient row k is (1/N)(P(k|x) − [y = k]) x̃, with N = ${anatomy.pointCount}.`,
      tex: stacked(String.raw`r_k = P(k \mid x) - [y = k], \qquad \text{share} = \tfrac{1}{N}\, r_k\, \tilde x`, classTable(
        classes,
        ['r_k', ...ENTRIES],
        (k) => [texNumber(anatomy.residuals[k], 4), ...texRow(rowOf(anatomy.contribution, k))],
        [texNumber(withoutRoundOff(anatomy.residuals.reduce((a, b) => a + b, 0), 1), 4), ...texRow(scaledSums(anatomy.contribution, classes))],
      )),
    },
    {
      id: 'gradient',
      title: 'The gradient rows',
      sentence: 'Adding every point’s share gives the data part of each gradient row. Each point’s residuals sum to zero, so the rows sum to zero across the classes (up to rounding).',
      tex: stacked(
        String.raw`\tfrac{1}{N} \textstyle\sum_n \big(P(k \mid x_n) - [y_n = k]\big)\,\tilde x_n`,
        classTable(classes, ENTRIES, (k) => texRow(rowOf(anatomy.dataGradient, k)), texRow(dataSum)),
      ),
    },
    {
      id: 'l2',
      title: 'The L2 term',
      sentence:
        l2 === 0
          ? 'λ = 0: there is no L2 term, so gₖ is the data part alone and the rows of g still sum to zero.'
          : `λ = ${formatNumber(l2)} adds λθₖ to row k${penalizeBias ? '' : ' (its bias entry 0: the bias is not penalised)'}; summed over the classes it gives K·λ·m on the penalised entries.`,
      tex: stacked(String.raw`\lambda = ${lambda}, \qquad g_k = \text{data part} + \lambda\theta_k`, classTable(
        classes,
        [...ENTRIES.map((entry) => String.raw`\lambda\theta_k: ${entry}`), ...ENTRIES.map((entry) => String.raw`g_k: ${entry}`)],
        (k) => [...texRow(rowOf(anatomy.penalty, k)), ...texRow(rowOf(anatomy.gradient, k))],
        [...texRow(scaledSums(anatomy.penalty, classes)), ...texRow(gradientSum.map((value) => withoutRoundOff(value, Math.max(dataScale, scaleOf(anatomy.penalty)))))],
      )),
    },
    {
      id: 'update',
      title: 'The update of θ',
      sentence:
        anatomy.fixedRow === null
          ? `Every row moves against its gradient row: θₖ ← θₖ − η gₖ with η = ${formatSetting(learningRate)}.`
          : `The free rows move against their gradient rows, θₖ ← θₖ − η gₖ with η = ${formatSetting(learningRate)}; the reference row ${CLASS_NAMES[anatomy.fixedRow % CLASS_NAMES.length]} stays 0.`,
      tex: stacked(String.raw`\eta = ${eta}, \qquad \theta_k \leftarrow \theta_k - \eta\, g_k`, classTable(
        classes,
        [...ENTRIES.map((entry) => String.raw`\theta_k: ${entry}`), ...ENTRIES.map((entry) => String.raw`-\eta g_k: ${entry}`)],
        (k) => [...texRow(rowOf(anatomy.theta, k)), ...texRow(rowOf(anatomy.update, k))],
      )),
    },
    {
      id: 'mean',
      title: 'The class-mean m',
      sentence: meanSentence(anatomy.fixedRow !== null, context),
      tex: String.raw`m = \tfrac{1}{K}\textstyle\sum_k \theta_k: \quad ${texVector([...anatomy.meanBefore])} \;\longrightarrow\; ${texVector(meanAfter)}`,
    },
  ];
}

/** Σ_k of a K×3 matrix, its rounding crumbs shown as 0. */
function scaledSums(matrix: Float64Array, classes: number): number[] {
  const scale = scaleOf(matrix);
  return classSums(matrix, classes).map((sum) => withoutRoundOff(sum, scale));
}

/** What the step does to m (teaching-math §3): the rows of −ηg, averaged over the classes. */
function meanSentence(reference: boolean, { learningRate, l2, penalizeBias }: StepContext): string {
  if (reference) return 'Under a reference class its row stays 0, so the update rows need not sum to zero: m can move.';
  if (l2 === 0) return 'The update rows sum to zero, so m is unchanged: without L2, gradient descent never moves the class-mean.';
  const factor = formatNumber(1 - learningRate * l2, 4);
  return penalizeBias
    ? `With L2 on every entry, one step multiplies m by 1 − ηλ = ${factor}.`
    : `With L2 on the weights only, one step multiplies m’s weight entries by 1 − ηλ = ${factor}; its bias entry is unchanged.`;
}
