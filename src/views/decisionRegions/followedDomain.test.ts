import { describe, expect, test } from 'vitest';
import { isSinglePointEdit } from './followedDomain';

const points = [0, 1, 2, 3].map((i) => ({ x1: i, x2: -i, label: i % 2 }));

describe('isSinglePointEdit', () => {
  test('adding one point at the end is an edit', () => {
    expect(isSinglePointEdit(points, [...points, { x1: 9, x2: 9, label: 0 }])).toBe(true);
  });

  test('removing any one point is an edit', () => {
    for (let i = 0; i < points.length; i++) expect(isSinglePointEdit(points, points.filter((_, j) => j !== i))).toBe(true);
  });

  test('removing the only point is an edit', () => {
    expect(isSinglePointEdit(points.slice(0, 1), [])).toBe(true);
  });

  test('a freshly drawn set, even of equal coordinates, is not', () => {
    expect(isSinglePointEdit(points, points.slice(0, 3).map((p) => ({ ...p })))).toBe(false);
  });

  test('the same set, or one changed by two points, is not', () => {
    expect(isSinglePointEdit(points, points)).toBe(false);
    expect(isSinglePointEdit(points, points.slice(0, 2))).toBe(false);
  });

  test('swapping one point for another of the same count is not', () => {
    expect(isSinglePointEdit(points, [points[0], { x1: 5, x2: 5, label: 1 }, points[2], points[3]])).toBe(false);
  });
});
