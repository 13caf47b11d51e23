import { describe, expect, test } from 'vitest';
import { classMeanNames, redundantPartStory } from './redundantPartStory';

const base = { optimizer: 'gd', l2: 0, penalizeBias: true, parametrization: 'full' } as const;

describe('redundantPartStory', () => {
  test('says which settings move m', () => {
    expect(redundantPartStory(base)).toContain('gradient descent never moves m');
    expect(redundantPartStory({ ...base, optimizer: 'lbfgs' })).toContain('L-BFGS never moves m');
    expect(redundantPartStory({ ...base, optimizer: 'adam' })).toContain('m drifts');
    expect(redundantPartStory({ ...base, l2: 0.1 })).toContain('L2 pulls m towards 0');
    expect(redundantPartStory({ ...base, l2: 0.1, penalizeBias: false })).toContain('so it stays put');
    expect(redundantPartStory({ ...base, l2: 0.1, penalizeBias: false, optimizer: 'adam' })).toContain('Adam still nudges it');
    expect(redundantPartStory({ ...base, optimizer: 'adam', parametrization: 'reference' })).toContain('pinned at 0');
  });
});

describe('classMeanNames', () => {
  test('m is called redundant only when every row is free', () => {
    expect(classMeanNames('full')).toEqual({ heading: 'The redundant part m', series: '‖m‖, redundant' });
    expect(classMeanNames('reference').series).toBe('‖m‖, class-mean (not free: follows the other rows)');
    expect(classMeanNames('reference').heading).not.toMatch(/redundant/);
  });
});
