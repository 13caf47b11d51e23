import { CURVE_SERIES, type CurveHistory, type CurveSample } from './curveHistory';
import { samplesThroughCurrent } from './liveCurve';
import { ROW, thetaRows } from './parameters';

/** The current point of a run: where θ is now, and J, accuracy, ‖∇J‖ and the norms evaluated there. */
export type RunEndpoint = CurveSample & {
  /** The class-mean m as [b, w1, w2]. */
  readonly redundant: readonly [number, number, number];
};

export interface RunRecord {
  /** The run's curves: a sample describes θ before the step it is numbered with, thinned to every `stride` steps. */
  readonly history: CurveHistory;
  readonly current: RunEndpoint;
  /** The settings the run used, written into the JSON as they are. */
  readonly settings: Readonly<Record<string, unknown>>;
}

const NON_FINITE_NOTE = 'Values written as null were not finite (NaN or ±∞): the run diverged or J overflowed there.';

const thetaColumns = (classes: number) => Array.from({ length: classes }, (_, k) => ['b', 'w1', 'w2'].map((p) => `theta_${k}_${p}`)).flat();

/** The rows the curves draw: the kept samples, then the current point. */
const rows = (record: RunRecord): CurveSample[] => samplesThroughCurrent(record.history, record.current);

/**
 * The run as CSV: one row per kept step with `step`, every curve series and θ's K×3 entries (the θ where that
 * step evaluated them) in columns `theta_k_b`, `theta_k_w1`, `theta_k_w2`. Numbers are written in JavaScript's
 * shortest round-trip form (so every bit survives); non-finite ones as NaN, Infinity, -Infinity.
 */
export function runToCsv(record: RunRecord): string {
  const classes = record.current.theta.length / ROW;
  const header = ['step', ...CURVE_SERIES, ...thetaColumns(classes)].join(',');
  const lines = rows(record).map((sample) => [sample.step, ...CURVE_SERIES.map((series) => sample[series]), ...sample.theta].map(plainNumber).join(','));
  return [header, ...lines].join('\n') + '\n';
}

/**
 * The run as JSON: the settings, the current θ (K rows of [b, w1, w2]) and m, and the sampled curves with their
 * θ, the current step last. JSON has no NaN or infinity: such a value is written as null, and `nonFinite` says so.
 */
export function runToJson(record: RunRecord): string {
  const { current } = record;
  const classes = current.theta.length / ROW;
  const samples = rows(record).map((sample) => ({
    ...Object.fromEntries([['step', sample.step], ...CURVE_SERIES.map((s) => [s, sample[s]])]),
    theta: thetaRows(sample.theta, classes),
  }));
  const body = {
    format: 'softmax-lab-run',
    version: 1,
    settings: record.settings,
    classes,
    step: current.step,
    stride: record.history.stride,
    theta: thetaRows(current.theta, classes),
    redundant: [...current.redundant],
    samples,
  };
  const finite = (value: unknown): boolean => (Array.isArray(value) ? value.every(finite) : typeof value !== 'number' || Number.isFinite(value));
  const allFinite = [body.theta, body.redundant, samples.map(Object.values)].every(finite);
  return JSON.stringify(allFinite ? body : { ...body, nonFinite: NON_FINITE_NOTE }, null, 2) + '\n';
}

/** String(-0) is "0": keep the sign, as pointsToCsv does. */
function plainNumber(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}
