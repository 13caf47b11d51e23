import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { minimiserStableStep } from './minimiserStableStep';
import { classifySeparation } from './separability';
import type { ObjectiveSpec } from './objective';
import { arbitraryDataset, arbitraryVector } from './testing/fixtures';

// Lesson 13's own numbers (1.5137…, GD at 0.99× and 1.01× of it) are pinned in src/lessons/lesson13MinimiserStep.test.ts.
const SPEC: ObjectiveSpec = { parametrization: { kind: 'full', referenceClass: 0 }, l2: 0.1, penalizeBias: true };

describe('the step limit at the minimiser, 2/hₘₐₓ(H(θ*))', () => {
  test.prop([arbitraryDataset(), fc.double({ min: 0.01, max: 1, noNaN: true }), arbitraryVector(24, 2)])(
    'with L2 on every entry it always exists, and is 2/hₘₐₓ ≤ 2/λ (the penalty alone adds λ to every eigenvalue)',
    (data, l2, start) => {
      const answer = minimiserStableStep(data, { ...SPEC, l2 }, start.slice(0, 3 * data.classes), classifySeparation(data));
      expect(answer.kind).toBe('found');
      expect(answer.kind === 'found' ? answer.rate : Number.NaN).toBeLessThanOrEqual(2 / l2 + 1e-12);
    },
  );
});
