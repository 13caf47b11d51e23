import { readFileSync, writeFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { exportedRun } from './exportedRun';
import { numpyScript } from './numpyScript';
import { pythonFloat } from './pythonSource';
import { pytorchScript } from './pytorchScript';
import { exportOf, POINTS, runSettings } from './testRuns';

const GOLDEN = new URL('./golden/pytorch-gd.py', import.meta.url);

describe('pythonFloat', () => {
  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true })])('reads back as the same double, sign of zero included', (value) => {
    const text = pythonFloat(value);
    expect(Object.is(Number(text), value)).toBe(true);
    expect(text).toMatch(/[.e]/); // a float literal, never a Python int
  });

  it('refuses NaN and infinities', () => {
    expect(() => pythonFloat(Number.NaN)).toThrow(RangeError);
    expect(() => pythonFloat(-Infinity)).toThrow(RangeError);
  });
});

describe('exportedRun', () => {
  // Pinned from the engine; an independent few-line NumPy GD gives 0.8745821251165464 and the same row to 1e-16.
  it('replays GD from zeros to the pinned J and θ of 3 steps', () => {
    const run = exportOf(runSettings(), 3);
    expect(run.loss).toBe(0.8745821251165463);
    expect(Array.from(run.theta.subarray(0, 3))).toEqual([0.01711664971765878, 0.06252525088813347, 0.3655753673195204]);
  });

  it('says when the app’s J is not the replay’s (settings or points changed during the run)', () => {
    const run = exportedRun({ points: POINTS, classes: 3, settings: runSettings(), steps: 3, appLoss: 0.9 });
    expect(run.matchesApp).toBe(false);
    expect(numpyScript(run)).toContain("# The app's run changed settings, points or theta along the way (the app shows J = 0.9):");
  });

  it('exports Newton and L-BFGS as gradient descent and says so', () => {
    const run = exportedRun({ points: POINTS, classes: 3, settings: runSettings({ optimizer: { kind: 'lbfgs' } }), steps: 2, appLoss: 0.5 });
    expect(run.fallback).toBe('lbfgs');
    expect(run.settings.optimizer.kind).toBe('gd');
    expect(run.loss).toBe(exportOf(runSettings(), 2).loss);
    expect(pytorchScript(run)).toContain("# NOT the app's optimiser: the app trained with L-BFGS (its J = 0.5).");
  });

  it('warns in the header when θ’s class-mean is so large that a plain float64 θ loses digits', () => {
    const shifted = (offset: number) => numpyScript(exportOf(runSettings({ init: { kind: 'zeros', seed: 1, scale: 0.5, offset: [offset, 0, 0] } }), 2));
    expect(shifted(1e9)).toContain("# Caution: theta's class-mean m reaches 1000000000.");
    expect(shifted(10)).not.toContain('Caution');
  });

  it('refuses a run with no points', () => {
    expect(() => exportedRun({ points: [], classes: 3, settings: runSettings(), steps: 0, appLoss: Number.NaN })).toThrow('there are no points to fit');
  });
});

describe('numpyScript', () => {
  it('golden: the header states the run and the J it prints', () => {
    const script = numpyScript(exportOf(runSettings({ parametrization: 'reference', referenceClass: 1, l2: 0.1 }), 3));
    expect(script.split('\n').slice(0, 5).join('\n')).toBe(
      [
        '# Softmax Lab run, exported as a NumPy script.',
        '# 9 points, K = 3 classes, reference class 1 (its row fixed at 0), L2 lambda = 0.1, bias penalised.',
        '# 3 steps of gradient descent (learning rate 0.5) from the theta of step 0 below.',
        "# It reproduces the app's run: the app shows the same J at step 3.",
        '# It prints J = 0.9202437260500506 (to about 1e-6) and then theta as JSON.',
      ].join('\n'),
    );
    expect(script).toContain('LEARNED = np.array([[1.0], [0.0], [1.0]], dtype=float)  # row 1 is the reference class, fixed at 0');
    expect(script).toContain('z = z - z.max(axis=1, keepdims=True)  # stable: the largest exponent is 0');
  });

  it('golden: Adam’s step with both bias corrections, and the app’s batch order only with mini-batches', () => {
    const adam = numpyScript(exportOf(runSettings({ optimizer: { kind: 'adam', batchSize: 4 } }), 2));
    expect(adam).toContain('    theta = theta - LEARNING_RATE * (first / (1 - BETA1**t)) / (np.sqrt(second / (1 - BETA2**t)) + EPS)');
    expect(adam).toContain('    _, g = loss_and_gradient(theta, np.array(next(batches)))');
    expect(numpyScript(exportOf(runSettings({ optimizer: { kind: 'adam' } }), 2))).not.toContain('app_batches');
  });
});

describe('pytorchScript', () => {
  // The golden file is the reviewed script; regenerate it deliberately with UPDATE_GOLDEN=1 and read the diff.
  it('matches the golden file for GD with L2 on a random start', () => {
    const script = pytorchScript(exportOf(runSettings({ l2: 0.05, init: { kind: 'random', seed: 2, scale: 0.5, offset: [0, 0, 0] } }), 20));
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, script);
    expect(script).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
