import { describe, expect, it } from 'vitest';
import type { Point } from '../dataset';
import { DATASET_PRESET_IDS, DEFAULT_PRESET_SETTINGS, generatePreset, type DatasetPresetId, type PresetSettings } from './presets';

/**
 * Golden points. A link carries a preset's seed and settings, not its points, so these numbers are what every
 * shared link and embedded figure shows. If a change to a generator or to rng.ts changes them, do not update them
 * here: give the link format a new version (ADDRESS_VERSION in src/share/urlState.ts) and a migration that keeps
 * links of the old version drawing these very points (see "Links" in the README). Coordinates come from
 * Math.log/cos/sin, exact in Node but allowed a last-digit difference in other engines; the tolerances here
 * catch any real change.
 */
interface Golden {
  readonly classes: number;
  readonly count: number;
  readonly first: readonly Point[];
  /** Σ (n + 1)(x1 + 2·x2 + 3·label) over all points in order: any moved, relabelled or reordered point changes it. */
  readonly checksum: number;
}

function checksum(points: readonly Point[]): number {
  let sum = 0;
  points.forEach((p, i) => (sum += (i + 1) * (p.x1 + 2 * p.x2 + 3 * p.label)));
  return sum;
}

function expectGolden(id: DatasetPresetId, settings: PresetSettings, golden: Golden) {
  const { points, classes } = generatePreset(id, settings);
  expect(classes).toBe(golden.classes);
  expect(points).toHaveLength(golden.count);
  golden.first.forEach((point, i) => {
    expect(points[i].label).toBe(point.label);
    expect(points[i].x1).toBeCloseTo(point.x1, 13);
    expect(points[i].x2).toBeCloseTo(point.x2, 13);
  });
  expect(checksum(points)).toBeCloseTo(golden.checksum, 7);
}

const AT_DEFAULTS: Record<DatasetPresetId, Golden> = {
  blobs: {
    classes: 3,
    count: 200,
    first: [
      { x1: 0.7021693892076319, x2: 2.0120708087615182, label: 0 },
      { x1: 0.607877309635269, x2: 1.9272820295604385, label: 0 },
      { x1: -0.25518843840540617, x2: 3.2891192150233755, label: 0 },
    ],
    checksum: 69736.55497542041,
  },
  overlapping: {
    classes: 3,
    count: 200,
    first: [
      { x1: 0.7021693892076318, x2: 0.812070808761518, label: 0 },
      { x1: 0.6078773096352689, x2: 0.7272820295604384, label: 0 },
      { x1: -0.2551884384054062, x2: 2.0891192150233757, label: 0 },
    ],
    checksum: 81199.53465770725,
  },
  separable: {
    classes: 3,
    count: 200,
    first: [
      { x1: 0.7898720242083073, x2: 1.5452019879594445, label: 2 },
      { x1: -0.5194213353097439, x2: 3.4637606197502464, label: 2 },
      { x1: -2.5274649162311107, x2: -0.6737866443581879, label: 0 },
    ],
    checksum: 32719.224250265397,
  },
  xor: {
    classes: 2,
    count: 200,
    first: [
      { x1: 2.702169389207632, x2: 2.0120708087615182, label: 0 },
      { x1: 2.6078773096352688, x2: 1.9272820295604385, label: 0 },
      { x1: 1.7448115615945938, x2: 3.2891192150233755, label: 0 },
    ],
    checksum: -139.4788874349029,
  },
  'two-classes': {
    classes: 2,
    count: 200,
    first: [
      { x1: 0.10216938920763186, x2: -0.587929191238482, label: 0 },
      { x1: 0.007877309635268892, x2: -0.6727179704395616, label: 0 },
      { x1: -0.8551884384054063, x2: 0.6891192150233757, label: 0 },
    ],
    checksum: 65360.521112565126,
  },
  iris: {
    classes: 3,
    count: 150,
    first: [
      { x1: 1.4, x2: 0.2, label: 0 },
      { x1: 1.4, x2: 0.2, label: 0 },
      { x1: 1.3, x2: 0.2, label: 0 },
    ],
    checksum: 137667.40000000002,
  },
};

/** Every setting away from its default: K = 5, 37 points, noise 0.8, the largest seed. */
const ELSEWHERE_SETTINGS: PresetSettings = { classes: 5, count: 37, noise: 0.8, seed: 4294967295 };
const ELSEWHERE: Record<DatasetPresetId, Golden> = {
  blobs: { classes: 5, count: 37, first: [{ x1: 0.6323333150025927, x2: 3.5819206637174883, label: 0 }], checksum: 5724.248201891991 },
  overlapping: { classes: 5, count: 37, first: [{ x1: 0.6323333150025926, x2: 2.381920663717488, label: 0 }], checksum: 5833.916702880217 },
  separable: { classes: 5, count: 37, first: [{ x1: -2.5489958252292126, x2: 3.4191121838521212, label: 2 }], checksum: 4115.584535727277 },
  xor: { classes: 2, count: 37, first: [{ x1: 2.6323333150025925, x2: 3.5819206637174883, label: 0 }], checksum: 216.02903687236858 },
  'two-classes': { classes: 2, count: 37, first: [{ x1: 0.03233331500259262, x2: 0.9819206637174883, label: 0 }], checksum: 2330.429036872368 },
  iris: { classes: 3, count: 150, first: [{ x1: 1.4, x2: 0.2, label: 0 }], checksum: 137667.40000000002 },
};

describe('every preset draws the points its links were shared with', () => {
  it.each(DATASET_PRESET_IDS)('%s at the default settings (seed 1)', (id) => expectGolden(id, DEFAULT_PRESET_SETTINGS, AT_DEFAULTS[id]));
  it.each(DATASET_PRESET_IDS)('%s at K = 5, 37 points, noise 0.8, seed 2³² − 1', (id) => expectGolden(id, ELSEWHERE_SETTINGS, ELSEWHERE[id]));

  it('negative control: the next seed draws other points', () => {
    const next = { ...DEFAULT_PRESET_SETTINGS, seed: DEFAULT_PRESET_SETTINGS.seed + 1 };
    expect(checksum(generatePreset('blobs', next).points)).not.toBeCloseTo(AT_DEFAULTS.blobs.checksum, 0);
  });
});
