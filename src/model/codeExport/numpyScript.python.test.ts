import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { close } from '../testing/fixtures';
import { numpyScript } from './numpyScript';
import { exportOf, runSettings } from './testRuns';

const RANDOM_START = { kind: 'random', seed: 7, scale: 0.5, offset: [0.25, -0.5, 1] } as const;

/** Runs the engine would take: every scripted optimiser, both parametrisations, L2 off, on, with and without the bias. */
const CASES = {
  'GD, full, no L2': exportOf(runSettings(), 40),
  'GD, reference class 1, L2 with the bias': exportOf(runSettings({ parametrization: 'reference', referenceClass: 1, l2: 0.1 }), 30),
  'SGD, mini-batches of 4, L2 without the bias, random start': exportOf(
    runSettings({ l2: 0.05, penalizeBias: false, init: RANDOM_START, optimizer: { kind: 'sgd', batchSize: 4, seed: 11 } }),
    25,
  ),
  'momentum, full, L2 without the bias, random start': exportOf(
    runSettings({ l2: 0.05, penalizeBias: false, init: RANDOM_START, optimizer: { kind: 'momentum', learningRate: 0.2 } }),
    30,
  ),
  'momentum, reference class 0, mini-batches of 5': exportOf(
    runSettings({ parametrization: 'reference', optimizer: { kind: 'momentum', learningRate: 0.1, batchSize: 5, seed: 3 } }),
    20,
  ),
  'Adam, full, no L2, random start': exportOf(runSettings({ init: RANDOM_START, optimizer: { kind: 'adam', learningRate: 0.05 } }), 50),
  'Adam, reference class 2, L2 with the bias, mini-batches of 3': exportOf(
    runSettings({ parametrization: 'reference', referenceClass: 2, l2: 0.2, optimizer: { kind: 'adam', learningRate: 0.1, batchSize: 3, seed: 5 } }),
    35,
  ),
  'Newton exported as GD, full, L2 with the bias': exportOf(runSettings({ l2: 0.1, optimizer: { kind: 'newton' } }), 10),
};

const hasNumpy = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' }).status === 0;

/** Runs every script in one python3 process (they are independent); returns each one's printed lines. */
function runScripts(scripts: readonly string[]): string[][] {
  const folder = mkdtempSync(join(tmpdir(), 'softmax-lab-numpy-'));
  const files = scripts.map((script, i) => {
    const file = join(folder, `run${i}.py`);
    writeFileSync(file, script);
    return file;
  });
  const driver = `import runpy, sys\nfor f in sys.argv[1:]:\n    print("=== " + f)\n    runpy.run_path(f, run_name="__main__")\n`;
  const result = spawnSync('python3', ['-c', driver, ...files], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
  return result.stdout.split(/^=== .*\n/m).slice(1).map((block) => block.trimEnd().split('\n'));
}

// Where apt exists, scripts/ensure-numpy.sh installs numpy before the tests; in CI a missing numpy fails here.
describe.skipIf(!hasNumpy && !process.env.CI)('the exported NumPy script, run by python3 (skipped outside CI when python3 cannot import numpy)', () => {
  it('prints the engine’s J and θ, to 1e-6, for every scripted optimiser and set-up', () => {
    const runs = Object.entries(CASES);
    const outputs = runScripts(runs.map(([, run]) => numpyScript(run)));
    runs.forEach(([name, run], i) => {
      const [lossLine, thetaLine] = outputs[i];
      const printed = /^J = (\S+) after (\d+) steps$/.exec(lossLine);
      expect(printed, name).not.toBeNull();
      expect(Number(printed?.[2]), name).toBe(run.steps);
      expect(close(Number(printed?.[1]), run.loss, 1e-6), `${name}: J ${printed?.[1]} vs ${run.loss}`).toBe(true);
      const theta = (JSON.parse(thetaLine) as number[][]).flat();
      expect(theta, name).toHaveLength(run.theta.length);
      theta.forEach((value, j) => expect(close(value, run.theta[j], 1e-6), `${name}: θ[${j}] ${value} vs ${run.theta[j]}`).toBe(true));
    });
  });
});
