import { describe, expect, it } from 'vitest';
import { toDataset } from '../model/dataset';
import { generatePreset } from '../model/datasets/presets';
import { minimiserExistence } from '../model/minimiserExistence';
import type { ObjectiveSpec } from '../model/objective';
import { classifySeparation } from '../model/separability';
import { DEFAULT_DATASET } from '../store/settings';
import { lesson06 } from './lesson06ReferenceClass';

const REFERENCE: ObjectiveSpec = { parametrization: { kind: 'reference', referenceClass: 0 }, l2: 0, penalizeBias: true };

describe('lesson 6: when a reference class gives a unique minimiser', () => {
  it('says it needs the points off one line as well as no separation', () => {
    expect(lesson06.paragraphs[3]).toMatch(/^When the points are not all on one line and no θ scores every point’s own class .* a unique minimiser exists/);
  });

  it('on one line the classes can overlap and J still has a line of minimisers; off it, one', () => {
    // The review's line6: six points on x2 = 1, classes alternating: overlapping, so a minimiser exists, yet not one.
    const line = toDataset([0, 1, 2, 3, 4, 5].map((x1) => ({ x1, x2: 1, label: x1 % 2 })), 2);
    expect(classifySeparation(line)).toBe('overlapping');
    expect(minimiserExistence(line, 'overlapping', REFERENCE)).toMatchObject({ kind: 'exists', minimisers: 'flat', dimension: 1 });
    // The lesson's own points: the lab's Gaussian blobs.
    const blobs = toDataset(generatePreset('blobs', DEFAULT_DATASET).points, 3);
    expect(minimiserExistence(blobs, classifySeparation(blobs), REFERENCE)).toEqual({ kind: 'exists', minimisers: 'unique', heldBy: 'reference' });
  });
});
