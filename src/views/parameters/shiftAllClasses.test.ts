import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { addShifts, describeShift, formatShift, padRange, shiftForKey } from './shiftAllClasses';

describe('shiftForKey', () => {
  test('arrows move w1 and w2, Page Up/Down the bias, Shift makes it fine', () => {
    expect(shiftForKey('ArrowRight', false)).toEqual([0, 0.5, 0]);
    expect(shiftForKey('ArrowLeft', true)).toEqual([0, -0.1, 0]);
    expect(shiftForKey('ArrowUp', false)).toEqual([0, 0, 0.5]);
    expect(shiftForKey('ArrowDown', false)).toEqual([0, 0, -0.5]);
    expect(shiftForKey('PageUp', false)).toEqual([0.5, 0, 0]);
    expect(shiftForKey('PageDown', true)).toEqual([-0.1, 0, 0]);
    expect(shiftForKey('a', false)).toBeNull();
  });
});

describe('padRange', () => {
  test('at least 2, then 5, 10, 20, … with room to spare', () => {
    expect(padRange(0)).toBe(2);
    expect(padRange(1.6)).toBe(2);
    expect(padRange(1.7)).toBe(5);
    expect(padRange(-9)).toBe(20);
    expect(padRange(Number.NaN)).toBe(2);
  });

  test.prop([fc.double({ min: -1e6, max: 1e6, noNaN: true })])('always contains the extent', (extent) => {
    expect(padRange(extent)).toBeGreaterThanOrEqual(Math.abs(extent));
  });
});

describe('describeShift', () => {
  test('an unchanged loss: nothing the model predicts changed', () => {
    expect(describeShift({ shift: [0.5, 0, 0], lossChange: 1e-16, lossAfter: 0.41321 })).toBe(
      'Shifted every class by c = (0.5, 0, 0): θ and m changed; every probability, the loss (0.4132) and the decision regions did not.',
    );
  });

  test('a changed loss is put down to the L2 penalty', () => {
    const sentence = describeShift({ shift: [0, -0.25, 0], lossChange: 0.02, lossAfter: 0.5 });
    expect(sentence).toContain('c = (0, −0.25, 0)');
    expect(sentence).toContain('the L2 penalty did, so the loss changed by +0.0200 to 0.5000');
  });

  test('shifts add up and print compactly', () => {
    expect(formatShift(addShifts([0.1, 0.2, 0], [0.2, -0.7, 0]))).toBe('(0.3, −0.5, 0)');
  });
});
