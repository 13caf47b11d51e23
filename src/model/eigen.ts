import type { Dataset } from './dataset';
/** Eigen-decomposition of a real symmetric matrix: eigenvalues ascending, eigenvectors as matching columns. */
export interface SymmetricEigen {
  readonly values: Float64Array;
  /** n×n row-major; column j is the unit eigenvector of values[j]. */
  readonly vectors: Float64Array;
}

/**
 * Cyclic Jacobi rotations. Chosen over QR for its accuracy on tiny eigenvalues, which are the point here
 * (the zero eigenvalues of the over-parameterised Hessian), and because n ≤ 24 keeps the cubic cost trivial.
 */
export function symmetricEigen(matrix: Float64Array, n: number): SymmetricEigen {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  let scale = 0;
  for (let i = 0; i < n * n; i++) scale += a[i] * a[i];
  scale = Math.sqrt(scale);
  for (let sweep = 0; sweep < 100; sweep++) {
    let offDiagonal = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) offDiagonal += a[p * n + q] * a[p * n + q];
    if (Math.sqrt(offDiagonal) <= 1e-15 * scale || offDiagonal === 0) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (apq === 0) continue;
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p];
          const akq = a[k * n + q];
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k];
          const aqk = a[q * n + k];
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p];
          const vkq = v[k * n + q];
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[i * n + i] - a[j * n + j]);
  const values = Float64Array.from(order, (i) => a[i * n + i]);
  const vectors = new Float64Array(n * n);
  order.forEach((from, to) => {
    for (let k = 0; k < n; k++) vectors[k * n + to] = v[k * n + from];
  });
  return { values, vectors };
}

/**
 * Eigenvalues at or below this fraction of the largest are treated as zero: the structural zeros of the
 * over-parameterised Hessian come out of floating point at about 1e-16 relative.
 */
export const ZERO_EIGENVALUE_TOLERANCE = 1e-9;

/**
 * |λ| at or below this counts as zero: ZERO_EIGENVALUE_TOLERANCE of the largest |λ|, or `roundingFloor` (see
 * hessianRoundingFloor) when that is larger.
 */
export function zeroEigenvalueThreshold(values: Float64Array, roundingFloor = 0): number {
  return Math.max(ZERO_EIGENVALUE_TOLERANCE * largestMagnitude(values), roundingFloor);
}

/** How many eigenvalues (ascending) are zero up to zeroEigenvalueThreshold. */
export function countZeroEigenvalues(values: Float64Array, roundingFloor = 0): number {
  const threshold = zeroEigenvalueThreshold(values, roundingFloor);
  return values.reduce((count, value) => count + (Math.abs(value) <= threshold ? 1 : 0), 0);
}

/**
 * h_max / h_min of a positive semi-definite matrix's eigenvalues (ascending); Infinity when the smallest is zero
 * up to zeroEigenvalueThreshold. A negative smallest one is rounding (J is convex, its Hessian PSD): also ∞.
 */
export function conditionNumber(values: Float64Array, roundingFloor = 0): number {
  if (values.length === 0) return Number.NaN;
  const smallest = values[0];
  if (smallest <= zeroEigenvalueThreshold(values, roundingFloor)) return Infinity;
  return values[values.length - 1] / smallest;
}

function largestMagnitude(values: Float64Array): number {
  return values.reduce((max, value) => Math.max(max, Math.abs(value)), 0);
}

/**
 * The size below which a Hessian eigenvalue is rounding noise. Each entry of the data term's Hessian sums
 * terms P_k(δ_kj − P_j) x̃x̃ᵀ, each at most ‖x̃‖²/4 and computed with an absolute error of a few ε times
 * ‖x̃‖² (1 − P_j loses every digit when P_j is within ε of 1), so the matrix is known only to about
 * ε · mean ‖x̃‖² per entry: saturated probabilities (a huge learning rate) leave nothing but that noise.
 */
export function hessianRoundingFloor(data: Dataset, dimension: number): number {
  const n = data.labels.length;
  if (n === 0) return 0;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += 1 + data.x1[i] * data.x1[i] + data.x2[i] * data.x2[i];
  return 16 * Number.EPSILON * (sum / n) * dimension;
}

