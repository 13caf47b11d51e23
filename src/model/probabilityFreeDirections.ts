import type { Dataset } from './dataset';
import type { ObjectiveSpec } from './objective';
import { pointSpan } from './pointSpan';

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
  const normals = (data.classes - 1) * (3 - pointSpan(data));
  return full ? 3 + normals : normals;
}
