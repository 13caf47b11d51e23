/**
 * Solves A x = b for a symmetric positive-definite n×n A (row-major) by Cholesky factorisation, in O(n³/3),
 * far cheaper than an eigen-decomposition. Returns false, leaving `x` undefined, when a pivot is at or below
 * `relativePivot` times the largest diagonal entry: A is then singular or too close to it to trust.
 */
export function choleskySolve(a: Float64Array, n: number, b: Float64Array, x: Float64Array, relativePivot: number): boolean {
  const lower = new Float64Array(n * n);
  let largestDiagonal = 0;
  for (let i = 0; i < n; i++) largestDiagonal = Math.max(largestDiagonal, Math.abs(a[i * n + i]));
  const threshold = relativePivot * largestDiagonal;
  for (let j = 0; j < n; j++) {
    let pivot = a[j * n + j];
    for (let k = 0; k < j; k++) pivot -= lower[j * n + k] * lower[j * n + k];
    if (!(pivot > threshold)) return false;
    const root = Math.sqrt(pivot);
    lower[j * n + j] = root;
    for (let i = j + 1; i < n; i++) {
      let sum = a[i * n + j];
      for (let k = 0; k < j; k++) sum -= lower[i * n + k] * lower[j * n + k];
      lower[i * n + j] = sum / root;
    }
  }
  for (let i = 0; i < n; i++) {
    let sum = b[i];
    for (let k = 0; k < i; k++) sum -= lower[i * n + k] * x[k];
    x[i] = sum / lower[i * n + i];
  }
  for (let i = n - 1; i >= 0; i--) {
    let sum = x[i];
    for (let k = i + 1; k < n; k++) sum -= lower[k * n + i] * x[k];
    x[i] = sum / lower[i * n + i];
  }
  return true;
}
