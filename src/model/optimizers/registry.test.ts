import { describe, expect, test } from 'vitest';
import { fc, test as propTest } from '@fast-check/vitest';
import { DEFAULT_OPTIMIZER_SETTINGS, OPTIMIZER_KINDS, OPTIMIZERS, stepsOnMiniBatches, takesFullGradientSteps } from '.';

const anyKind = fc.constantFrom(...OPTIMIZER_KINDS);

describe('the optimiser registry', () => {
  test('lists each optimiser once, under a name of its own', () => {
    const labels = OPTIMIZER_KINDS.map((kind) => OPTIMIZERS[kind].label);
    expect(new Set(labels).size).toBe(OPTIMIZER_KINDS.length);
  });

  propTest.prop([anyKind, fc.constantFrom<'pseudoinverse' | 'damping'>('pseudoinverse', 'damping')])(
    'an optimiser reads the learning rate exactly when it has no line search to choose its step',
    (kind, newtonTreatment) => {
      const used = OPTIMIZERS[kind].settingsUsed({ ...DEFAULT_OPTIMIZER_SETTINGS, newtonTreatment });
      expect(used.includes('learningRate')).toBe(!OPTIMIZERS[kind].lineSearch);
    },
  );

  propTest.prop([anyKind])('a plain step θ ← θ − η∇J is a linear rule: it never moves the class-mean m', (kind) => {
    expect(OPTIMIZERS[kind].plainStep && OPTIMIZERS[kind].movesClassMean).toBe(false);
  });

  propTest.prop([anyKind])('an optimiser that draws mini-batches reads the batch size, and only then', (kind) => {
    expect(OPTIMIZERS[kind].settingsUsed(DEFAULT_OPTIMIZER_SETTINGS).includes('batchSize')).toBe(OPTIMIZERS[kind].miniBatches);
  });

  propTest.prop([anyKind, fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 50 })])(
    'full-gradient steps are the plain step on all points; mini-batches need a batch below N',
    (kind, batchSize, pointCount) => {
      const settings = { ...DEFAULT_OPTIMIZER_SETTINGS, kind, batchSize };
      expect(stepsOnMiniBatches(settings, pointCount)).toBe(OPTIMIZERS[kind].miniBatches && batchSize > 0 && batchSize < pointCount);
      expect(takesFullGradientSteps(settings, pointCount)).toBe(OPTIMIZERS[kind].plainStep && !stepsOnMiniBatches(settings, pointCount));
    },
  );

  test('the scripts replay only fixed-step rules: an optimiser with a line search has no script step', () => {
    expect(OPTIMIZER_KINDS.filter((kind) => OPTIMIZERS[kind].lineSearch && OPTIMIZERS[kind].script !== null)).toEqual([]);
    expect(OPTIMIZER_KINDS.filter((kind) => OPTIMIZERS[kind].script !== null)).toEqual(expect.arrayContaining(['gd', 'sgd', 'momentum', 'adam']));
  });

  test('stable-step notes: none for GD, whose own limit the mark is; a sentence for every other', () => {
    expect(OPTIMIZERS.gd.stableStepNote).toBeNull();
    for (const kind of OPTIMIZER_KINDS.filter((k) => k !== 'gd')) expect(OPTIMIZERS[kind].stableStepNote).toMatch(/^[A-Z].*\.$/);
  });
});
