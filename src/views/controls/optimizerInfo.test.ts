import { describe, expect, test } from 'vitest';
import { OPTIMIZER_KINDS } from '../../model/optimizers';
import { relevantOptimizerSettings } from './optimizerInfo';

describe('relevantOptimizerSettings', () => {
  test('shows the β fields for Adam only, momentum for Momentum only, batch size for the stochastic ones', () => {
    for (const kind of OPTIMIZER_KINDS) {
      const relevant = relevantOptimizerSettings({ kind, newtonTreatment: 'pseudoinverse' });
      expect(relevant.has('beta1') && relevant.has('beta2')).toBe(kind === 'adam');
      expect(relevant.has('momentum')).toBe(kind === 'momentum');
      expect(relevant.has('batchSize')).toBe(kind === 'sgd' || kind === 'momentum' || kind === 'adam');
      expect(relevant.has('learningRate')).toBe(kind !== 'newton' && kind !== 'lbfgs');
    }
  });

  test('Newton shows damping μ only when damping is the chosen treatment', () => {
    expect(relevantOptimizerSettings({ kind: 'newton', newtonTreatment: 'pseudoinverse' }).has('damping')).toBe(false);
    expect(relevantOptimizerSettings({ kind: 'newton', newtonTreatment: 'damping' }).has('damping')).toBe(true);
  });
});
