import type { Dataset } from '../dataset';
import { countZeroEigenvalues, symmetricEigen } from '../eigen';
import type { ObjectiveSpec } from '../objective';

/**
 * The dimension of the span of the x̃_n = (1, x1, x2): 0 without points, 1 when every point is at one place, 2 when
 * they lie on one line, 3 otherwise. Read from the eigenvalues of Σ_n x̃_n x̃_nᵀ, with the tolerance at which the
 * Hessian's eigenvalues count as zero: the Hessian is built from the same x̃_n x̃_nᵀ.
 */
export function inputSpan(data: Dataset): number {
  const n = data.labels.length;
  if (n === 0) return 0;
  const moments = new Float64Array(9);
  for (let i = 0; i < n; i++) {
    const x = [1, data.x1[i], data.x2[i]];
    for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) moments[3 * r + c] += (x[r] * x[c]) / n;
  }
  return 3 - countZeroEigenvalues(symmetricEigen(moments, 3).values);
}

/**
 * How many independent directions of θ (in the objective's free parameters) change no probability at any data
 * point and are not held by the L2 penalty: the Hessian's zero eigenvalues at every finite θ (teaching-math §4, §5).
 * The data term's Hessian is Σ_n (diag(p_n) − p_n p_nᵀ) ⊗ x̃_n x̃_nᵀ / N, and at finite θ every p_n is positive, so
 * its null space is exactly the d with (d_k − d_j)·x̃_n = 0 for every n, j, k: d_k = c + u_k with u_k normal to every
 * x̃_n. That is 3 + (K − 1)(3 − span) directions in the full model and (K − 1)(3 − span) with a reference class
 * (θ_r = 0 leaves c = 0). L2 on the weights holds every u_k (a normal to points with x̃ = (1, x) has a non-zero
 * weight part); L2 without the bias leaves the full model's common bias shift (and, with no points, every bias).
 * A zero eigenvalue beyond this count is not structural: it is saturation, curvature below what counts as zero.
 */
export function probabilityFreeDirections(data: Dataset, spec: ObjectiveSpec): number {
  const full = spec.parametrization.kind === 'full';
  const freeRows = full ? data.classes : data.classes - 1;
  if (spec.l2 > 0 && spec.penalizeBias) return 0;
  if (spec.l2 > 0) return data.labels.length === 0 ? freeRows : full ? 1 : 0;
  const normals = (data.classes - 1) * (3 - inputSpan(data));
  return full ? 3 + normals : normals;
}
