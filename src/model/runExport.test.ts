import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { CURVE_SERIES, type CurveSample } from './curveHistory';
import { runToCsv, runToJson, type RunEndpoint, type RunRecord } from './runExport';

const value = fc.double({ noNaN: false });
/** A sample of K classes: the series and the θ where they were evaluated. */
const sample = (classes: number) => (step: number) =>
  fc
    .tuple(fc.record(Object.fromEntries(CURVE_SERIES.map((s) => [s, value]))), fc.array(value, { minLength: classes * 3, maxLength: classes * 3 }))
    .map(([series, theta]) => ({ step, ...series, theta: Float64Array.from(theta) }) as CurveSample);

/** A run of K classes at `step`, with samples at increasing steps before it. */
const record = fc.integer({ min: 2, max: 8 }).chain((classes) =>
  fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { maxLength: 20 }).chain((steps) => {
    const sorted = [...steps].sort((a, b) => a - b);
    const step = (sorted.at(-1) ?? -1) + 1;
    return fc.record({
      history: fc.tuple(fc.tuple(...sorted.map(sample(classes))), fc.constantFrom(1, 2, 4)).map(([samples, stride]) => ({ samples, stride, latest: samples.at(-1) ?? null })),
      current: fc.tuple(sample(classes)(step), fc.tuple(value, value, value)).map(([point, redundant]): RunEndpoint => ({ ...point, redundant })),
      settings: fc.constant({ optimizer: { kind: 'gd', learningRate: 0.5 } }),
    });
  }),
);

const seriesOf = (s: CurveSample) => [s.step, ...CURVE_SERIES.map((name) => s[name])];

describe('runToCsv', () => {
  test.prop([record])('has one row per sample and one for the current step, every number read back bit for bit', (run: RunRecord) => {
    const [header, ...lines] = runToCsv(run).trimEnd().split('\n');
    const classes = run.current.theta.length / 3;
    expect(header.split(',')).toHaveLength(1 + CURVE_SERIES.length + 3 * classes);
    const expected = [...run.history.samples, run.current];
    expect(lines).toHaveLength(expected.length);
    lines.forEach((line, i) => {
      const cells = line.split(',');
      expect(cells.slice(0, 1 + CURVE_SERIES.length).map(Number)).toEqual(seriesOf(expected[i]));
      expect(cells.slice(1 + CURVE_SERIES.length).map(Number)).toEqual(Array.from(expected[i].theta));
    });
  });

  test('golden: header, a sample row and the current row, each with its θ', () => {
    const first = { step: 0, theta: new Float64Array(6), loss: Math.LN2, accuracy: 0.5, gradNorm: 0.25, redundantNorm: 0, identifiableNorm: 0, thetaNorm: 0 };
    const run: RunRecord = {
      history: { samples: [first], stride: 1, latest: first },
      current: { step: 1, loss: 0.5, accuracy: 1, gradNorm: 0.125, redundantNorm: 0, identifiableNorm: 0.5, thetaNorm: 0.5, theta: Float64Array.from([-0, 0.25, -0.25, 0, -0.25, 0.25]), redundant: [0, 0, 0] },
      settings: {},
    };
    expect(runToCsv(run)).toBe(
      'step,loss,accuracy,gradNorm,redundantNorm,identifiableNorm,thetaNorm,theta_0_b,theta_0_w1,theta_0_w2,theta_1_b,theta_1_w1,theta_1_w2\n' +
        '0,0.6931471805599453,0.5,0.25,0,0,0,0,0,0,0,0,0\n' +
        '1,0.5,1,0.125,0,0.5,0.5,-0,0.25,-0.25,0,-0.25,0.25\n',
    );
  });
});

describe('runToJson', () => {
  test.prop([record])('parses back to the samples with their θ, and the current θ as K rows', (run: RunRecord) => {
    const json = JSON.parse(runToJson(run));
    const classes = run.current.theta.length / 3;
    const asJson = (x: number) => (Number.isFinite(x) ? (x === 0 ? 0 : x) : null);
    expect(json).toMatchObject({ format: 'softmax-lab-run', version: 1, classes, step: run.current.step, stride: run.history.stride, settings: run.settings });
    expect(json.samples.map((s: Record<string, number>) => [s.step, ...CURVE_SERIES.map((name) => s[name])])).toEqual(
      [...run.history.samples, run.current].map((s) => seriesOf(s).map(asJson)),
    );
    const rowsOf = (theta: Float64Array) => Array.from({ length: classes }, (_, k) => Array.from(theta.slice(3 * k, 3 * k + 3), asJson));
    expect(json.theta).toEqual(rowsOf(run.current.theta));
    expect(json.samples.map((s: { theta: unknown }) => s.theta)).toEqual([...run.history.samples, run.current].map((s) => rowsOf(s.theta)));
    const every = [...run.history.samples, run.current];
    const allFinite = every.every((s) => seriesOf(s).every(Number.isFinite) && s.theta.every(Number.isFinite)) && run.current.redundant.every(Number.isFinite);
    expect('nonFinite' in json).toBe(!allFinite);
  });
});
