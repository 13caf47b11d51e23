import { describe, expect, it } from 'vitest';
import { toDataset } from '../../model/dataset';
import { generatePreset } from '../../model/datasets/presets';
import { DEFAULT_INIT } from '../../model/initialization';
import type { ParametrizationKind } from '../../model/parameters';
import { DEFAULT_OPTIMIZER_SETTINGS, type OptimizerKind } from '../../model/optimizers';
import { createTrainer } from '../../model/trainer';
import { DEFAULT_DATASET } from '../../store/settings';
import { GLOSSARY } from '../glossary/glossary';
import { whatToWatch } from './whatToWatch';

// Lesson 6's set-up: the lab's blobs, λ = 0, reference class 2 (or every row free).
const DATA = toDataset(generatePreset('blobs', DEFAULT_DATASET).points, 3);

/** ‖m‖ after each of `steps` steps from θ = 0. */
function classMeanNorms(parametrization: ParametrizationKind, kind: OptimizerKind, steps: number): number[] {
  const trainer = createTrainer(DATA, {
    objective: { parametrization: { kind: parametrization, referenceClass: 2 }, l2: 0, penalizeBias: true },
    optimizer: { ...DEFAULT_OPTIMIZER_SETTINGS, kind, learningRate: 0.5 },
    init: DEFAULT_INIT,
    tolerance: 0,
  });
  return Array.from({ length: steps }, () => {
    trainer.advance();
    return Math.hypot(...trainer.redundant());
  });
}

describe('what the first screen says to watch in ‖m‖', () => {
  it('every row free: GD and Newton leave m where it starts (0), as the sentence says', () => {
    expect(whatToWatch({ parametrization: 'full', referenceClass: 2 })).toBe(
      'Watch ‖m‖, the mean of the K rows of θ: it changes no probability, so with λ = 0 gradient descent, SGD, momentum and Newton leave it where it starts, while Adam moves it.',
    );
    for (const kind of ['gd', 'newton'] as const) expect(Math.max(...classMeanNorms('full', kind, 5))).toBeLessThan(1e-12);
  });

  it('under a reference class m follows the fitted rows: Newton moves ‖m‖ from 0 to 0.8146 in one step, GD too', () => {
    const sentence = whatToWatch({ parametrization: 'reference', referenceClass: 2 });
    expect(sentence).toBe('Watch ‖m‖, the mean of the K rows of θ: with row 2 fixed at 0, m is no longer free, it just follows the other rows, so it moves as they are fitted.');
    expect(sentence).not.toMatch(/leave it where it starts/);
    expect(classMeanNorms('reference', 'newton', 1)[0]).toBeCloseTo(0.8146, 4);
    expect(classMeanNorms('reference', 'gd', 50)[49]).toBeGreaterThan(1);
  });

  it('the ‖m‖ glossary entry says the data cannot see m only when every row is free', () => {
    expect(GLOSSARY['‖m‖']).toMatch(/with every row free m is the part of θ the data cannot see; with a reference class fixed at 0, m is not free and follows the other rows\.$/);
  });
});
