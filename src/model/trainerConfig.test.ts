import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { DEFAULT_INIT } from './initialization';
import { DEFAULT_OPTIMIZER_SETTINGS, OPTIMIZER_KINDS } from './optimizers';
import { trainerConfig, type RunSettings } from './trainerConfig';

const settings: RunSettings = {
  parametrization: 'reference',
  referenceClass: 2,
  l2: 0.01,
  penalizeBias: false,
  optimizer: DEFAULT_OPTIMIZER_SETTINGS,
  init: DEFAULT_INIT,
  tolerance: 1e-6,
};

describe('the engine-config mapper', () => {
  test('a golden config', () => {
    expect(trainerConfig(settings)).toEqual({
      objective: { parametrization: { kind: 'reference', referenceClass: 2 }, l2: 0.01, penalizeBias: false },
      optimizer: DEFAULT_OPTIMIZER_SETTINGS,
      init: DEFAULT_INIT,
      tolerance: 1e-6,
    });
  });

  test.prop([
    fc.constantFrom('full' as const, 'reference' as const),
    fc.nat(7),
    fc.double({ min: 0, max: 10, noNaN: true }),
    fc.boolean(),
    fc.constantFrom(...OPTIMIZER_KINDS),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ])('every setting reaches the engine unchanged', (parametrization, referenceClass, l2, penalizeBias, kind, tolerance) => {
    const optimizer = { ...DEFAULT_OPTIMIZER_SETTINGS, kind };
    const config = trainerConfig({ ...settings, parametrization, referenceClass, l2, penalizeBias, optimizer, tolerance });
    expect(config.objective).toEqual({ parametrization: { kind: parametrization, referenceClass }, l2, penalizeBias });
    expect(config.optimizer).toBe(optimizer);
    expect(config.init).toBe(DEFAULT_INIT);
    expect(config.tolerance).toBe(tolerance);
  });
});
