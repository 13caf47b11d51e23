import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { DEFAULT_MODEL, type ModelSettings } from '../../store/settings';
import { describeParameterCount } from './parameterCount';

const model = (change: Partial<ModelSettings>): ModelSettings => ({ ...DEFAULT_MODEL, ...change });

describe('describeParameterCount', () => {
  test('full, unregularised: 3K parameters, 3 redundant', () => {
    const count = describeParameterCount(model({ parametrization: 'full', l2: 0 }), 3);
    expect(count).toMatchObject({ free: 9, redundant: 3 });
    expect(count.explanation).toBe('Full: 9 parameters, 3 of them redundant — adding the same vector to every row changes nothing.');
  });

  test('L2 removes the redundancy when it covers the bias, all but the bias direction when it does not', () => {
    expect(describeParameterCount(model({ l2: 0.1, penalizeBias: true }), 4)).toMatchObject({ free: 12, redundant: 0 });
    expect(describeParameterCount(model({ l2: 0.1, penalizeBias: false }), 4)).toMatchObject({ free: 12, redundant: 1 });
  });

  test('reference class: 3(K−1) parameters, none redundant; K = 2 is logistic regression', () => {
    const three = describeParameterCount(model({ parametrization: 'reference', referenceClass: 2 }), 3);
    expect(three).toMatchObject({ free: 6, redundant: 0 });
    expect(three.explanation).toMatch(/^Reference class 2: 6 parameters, none redundant/);
    expect(three.explanation).not.toMatch(/logistic/);
    expect(describeParameterCount(model({ parametrization: 'reference', referenceClass: 0 }), 2).explanation).toMatch(
      /With K = 2 this is logistic regression\./,
    );
  });

  test.prop([fc.integer({ min: 2, max: 8 }), fc.constantFrom<ModelSettings['parametrization']>('full', 'reference'), fc.constantFrom(0, 0.01), fc.boolean()])(
    'the explanation states the count, and redundant directions never exceed the 3 of the full model',
    (classes, parametrization, l2, penalizeBias) => {
      const count = describeParameterCount(model({ parametrization, l2, penalizeBias, referenceClass: 0 }), classes);
      expect(count.free).toBe(parametrization === 'full' ? 3 * classes : 3 * (classes - 1));
      expect(count.explanation).toContain(`${count.free} parameters`);
      expect(count.redundant).toBeGreaterThanOrEqual(0);
      expect(count.redundant).toBeLessThanOrEqual(3);
    },
  );
});
