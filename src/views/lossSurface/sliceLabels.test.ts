import { describe, expect, test } from 'vitest';
import { contourLevels, finiteValues } from './contourLevels';
import { axisLabel, axisTicks, axisUnit, eigenvectorLabel, parameterDescription, parameterSymbol, sliceExplanation } from './sliceLabels';
import type { SliceBasis } from '../../model/sliceDirections';

const full = { kind: 'full' as const, referenceClass: 0 };
const context = { classes: 3, parametrization: full, largestEigenvalue: 0.8 };
const basis = (overrides: Partial<SliceBasis>): SliceBasis => ({
  u: new Float64Array(9),
  v: new Float64Array(9),
  first: { kind: 'redundant-bias' },
  second: { kind: 'eigenvector', rank: 0, eigenvalue: 0.8 },
  firstIsRedundant: true,
  substitution: null,
  ...overrides,
});

describe('slice labels', () => {
  test('parameters are named by class and component, skipping the reference row', () => {
    expect(parameterSymbol(0, 3, full)).toBe('b₀');
    expect(parameterSymbol(5, 3, full)).toBe('w₁₂');
    expect(parameterSymbol(0, 3, { kind: 'reference', referenceClass: 0 })).toBe('b₁');
    expect(parameterDescription(4, 3, full)).toBe('w₁₁ — class 1 (orange), weight on x₁');
  });

  test('axes say what they are, and eigenvalues that count as zero show as 0', () => {
    expect(axisLabel({ kind: 'redundant-bias' }, context)).toBe('redundant: every bias + c');
    expect(axisLabel({ kind: 'eigenvector', rank: 0, eigenvalue: 0.712 }, context)).toBe('eigenvector 1 (h = 0.71)');
    expect(eigenvectorLabel(8, 1e-18, 0.8)).toBe('eigenvector 9 (h = 0)');
  });

  test('the explanation follows the penalty', () => {
    expect(sliceExplanation(basis({}), { parametrization: full, l2: 0, penalizeBias: true }, context)).toMatch(/^The contours run parallel to the redundant axis/);
    expect(sliceExplanation(basis({}), { parametrization: full, l2: 0.1, penalizeBias: true }, context)).toMatch(/becomes a bowl/);
    expect(sliceExplanation(basis({}), { parametrization: full, l2: 0.1, penalizeBias: false }, context)).toMatch(/^The bias is not penalised/);
    const substituted = basis({ firstIsRedundant: false, first: { kind: 'eigenvector', rank: 0, eigenvalue: 1 }, substitution: 'no-redundant-direction' });
    expect(sliceExplanation(substituted, { parametrization: { kind: 'reference', referenceClass: 2 }, l2: 0, penalizeBias: true }, context)).toMatch(
      /^With class 2 \(green\) fixed at 0 no direction is redundant/,
    );
  });
});

describe('axis units', () => {
  test('the redundant axis reads the shift c of every bias: a shift of 2 sits at 2√3 ≈ 3.46 with K = 3, under the tick "2"', () => {
    const unit = axisUnit({ kind: 'redundant-bias' }, 3);
    expect(unit).toBeCloseTo(Math.sqrt(3), 15);
    const two = axisTicks(5, unit).find((tick) => tick.label === '2');
    expect(two?.position).toBeCloseTo(3.4641016, 6);
    expect(axisTicks(5, unit).map((tick) => tick.label)).toEqual(['−2', '−1', '0', '1', '2']);
  });

  test('parameter and eigenvector axes read free-parameter units', () => {
    expect(axisUnit({ kind: 'parameter', index: 0 }, 3)).toBe(1);
    expect(axisUnit({ kind: 'eigenvector', rank: 0, eigenvalue: 1 }, 4)).toBe(1);
    expect(axisTicks(3, 1).map((tick) => [tick.position, tick.label])).toEqual([[-3, '−3'], [-2, '−2'], [-1, '−1'], [0, '0'], [1, '1'], [2, '2'], [3, '3']]);
  });
});

describe('contour levels', () => {
  test('thresholds lie strictly between min and max, closer together near the bottom', () => {
    const { min, max, thresholds } = contourLevels(Float64Array.of(1, 2, 5, Number.NaN, 11), 5);
    expect([min, max]).toEqual([1, 11]);
    [1.4, 2.6, 4.6, 7.4].forEach((expected, i) => expect(thresholds[i]).toBeCloseTo(expected, 12));
    expect(thresholds).toHaveLength(4);
  });

  test('a constant slice has no thresholds; non-finite values are replaced for d3', () => {
    expect(contourLevels(Float64Array.of(0.7, 0.7, 0.7)).thresholds).toEqual([]);
    expect(Array.from(finiteValues(Float64Array.of(1, Infinity, Number.NaN), 3))).toEqual([1, 3, 3]);
  });
});
