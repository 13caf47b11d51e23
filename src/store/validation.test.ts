import { describe, expect, it } from 'vitest';
import { LARGEST_CLASS_MEAN } from '../model/parameters';
import { DEFAULT_DATASET, DEFAULT_INIT_SETTINGS, DEFAULT_TRAINING } from './settings';
import { MAX_INIT_SCALE, MAX_STEPS_PER_FRAME } from './schema/limits';
import { classMeanProblem, validateDataset, validateInit, validatePoints, validateTraining } from './validation';

describe('validation', () => {
  it('one seed rule for the data and the init seed', () => {
    for (const seed of [1e308, -1, 0.5, 2 ** 32]) {
      expect(validateDataset({ ...DEFAULT_DATASET, seed })).toBe('The data seed must be a whole number from 0 to 4294967295.');
      expect(validateInit({ ...DEFAULT_INIT_SETTINGS, seed }, 3)).toBe('The init seed must be a whole number from 0 to 4294967295.');
    }
    expect(validateDataset({ ...DEFAULT_DATASET, seed: 2 ** 32 - 1 })).toBeNull();
  });

  it('steps per frame: the field’s limit is the store’s', () => {
    expect(MAX_STEPS_PER_FRAME).toBe(1000);
    expect(validateTraining({ ...DEFAULT_TRAINING, stepsPerFrame: 1000 })).toBeNull();
    expect(validateTraining({ ...DEFAULT_TRAINING, stepsPerFrame: 10_000 })).toBe('Steps per frame must be a whole number from 1 to 1000.');
  });

  it('the init scale is a number from 0 to MAX_INIT_SCALE', () => {
    expect(validateInit({ ...DEFAULT_INIT_SETTINGS, kind: 'random', scale: -1 }, 3)).toMatch(/^The init scale σ must be a number from 0 to 100: /);
    expect(validateInit({ ...DEFAULT_INIT_SETTINGS, kind: 'random', scale: 1e300 }, 3)).toMatch(/init scale/);
    expect(validateInit({ ...DEFAULT_INIT_SETTINGS, kind: 'random', scale: MAX_INIT_SCALE }, 3)).toBeNull();
  });

  it('an offset or shift past LARGEST_CLASS_MEAN is refused with the limit in the message', () => {
    expect(validateInit({ ...DEFAULT_INIT_SETTINGS, offset: [LARGEST_CLASS_MEAN, 0, 0] }, 3)).toBeNull();
    expect(validateInit({ ...DEFAULT_INIT_SETTINGS, offset: [0, 1e308, 0] }, 3)).toBe(
      'That offset would make an entry of the class-mean m reach 1.0e308; the lab allows |m| entries up to 1e300, so that ‖θ‖ and the L2 term stay finite.',
    );
    expect(classMeanProblem([0, -2e300, 0], 'That shift')).toMatch(/^That shift would make an entry of the class-mean m reach 2.0e300/);
  });
});

describe('points', () => {
  it('a coordinate beyond ±1e150 is refused, as the CSV import and fit refuse it', () => {
    expect(validatePoints([{ x1: 1e200, x2: 0, label: 0 }], 2)).toBe('Point 0 has a coordinate beyond ±1e150: products of coordinates would overflow float64; rescale the data.');
    expect(validatePoints([{ x1: 1e150, x2: -1e150, label: 1 }], 2)).toBeNull();
  });
});
