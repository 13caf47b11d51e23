import { expect, test } from 'vitest';
import { iris, IRIS_SPECIES } from './iris';

const mean = (values: number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;

test('150 flowers, 50 per species', () => {
  const flowers = iris();
  expect(flowers).toHaveLength(150);
  IRIS_SPECIES.forEach((_, label) => expect(flowers.filter((f) => f.label === label)).toHaveLength(50));
});

test("petal means match Fisher's data", () => {
  const flowers = iris();
  const expected = [
    { length: 1.462, width: 0.246 },
    { length: 4.26, width: 1.326 },
    { length: 5.552, width: 2.026 },
  ];
  expected.forEach(({ length, width }, label) => {
    const species = flowers.filter((f) => f.label === label);
    expect(mean(species.map((f) => f.x1))).toBeCloseTo(length, 10);
    expect(mean(species.map((f) => f.x2))).toBeCloseTo(width, 10);
  });
});

test('each call returns a fresh array', () => {
  const first = iris();
  first.pop();
  expect(iris()).toHaveLength(150);
});
