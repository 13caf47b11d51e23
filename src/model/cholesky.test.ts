import { expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { choleskySolve } from './cholesky';

const spdSystem = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.tuple(
    fc.constant(n),
    fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: n * n, maxLength: n * n }),
    fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: n, maxLength: n }),
  ),
);

test.prop([spdSystem])('the solution of an SPD system satisfies A x = b', ([n, entries, rhs]) => {
  // A = MᵀM + I is symmetric positive definite.
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let sum = i === j ? 1 : 0;
      for (let k = 0; k < n; k++) sum += entries[k * n + i] * entries[k * n + j];
      a[i * n + j] = sum;
    }
  const x = new Float64Array(n);
  expect(choleskySolve(a, n, Float64Array.from(rhs), x, 1e-12)).toBe(true);
  for (let i = 0; i < n; i++) {
    let row = 0;
    for (let j = 0; j < n; j++) row += a[i * n + j] * x[j];
    expect(Math.abs(row - rhs[i])).toBeLessThan(1e-9);
  }
});

test('a singular matrix is refused', () => {
  const singular = Float64Array.from([1, 1, 1, 1]);
  expect(choleskySolve(singular, 2, Float64Array.from([1, 2]), new Float64Array(2), 1e-12)).toBe(false);
});
