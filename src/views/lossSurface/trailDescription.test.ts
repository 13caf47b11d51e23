import { describe, expect, it } from 'vitest';
import { trailDescription } from './sliceLabels';

describe('the trail label', () => {
  it('counts steps and shifts apart: a shift is no optimiser step', () => {
    const moves = [...Array<'step'>(60).fill('step'), ...Array<'shift'>(13).fill('shift')];
    expect(trailDescription(moves)).toBe('the last 60 steps and 13 shifts of all classes');
    expect(trailDescription(['step'])).toBe('the last 1 step');
    expect(trailDescription(['shift'])).toBe('the last 1 shift of all classes');
  });
});
