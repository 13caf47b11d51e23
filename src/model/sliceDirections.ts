import type { SymmetricEigen } from './eigen';
import { dot, freeRows, ROW, type Parametrization } from './parameters';

/** Which two directions the loss-surface slice should span (the same shape as the store's SliceAxes). */
export type SliceAxesRequest =
  | { readonly kind: 'redundant-vs-curved' }
  /** Free-parameter indices. */
  | { readonly kind: 'parameters'; readonly first: number; readonly second: number }
  /** Ranks of Hessian eigenvectors, 0 = the largest eigenvalue (the most curved direction). */
  | { readonly kind: 'eigenvectors'; readonly first: number; readonly second: number };

/** What one axis of the slice is, for labelling it. */
export type SliceAxisMeaning =
  | { readonly kind: 'redundant-bias' }
  | { readonly kind: 'parameter'; readonly index: number }
  | { readonly kind: 'eigenvector'; readonly rank: number; readonly eigenvalue: number };

/** Why the basis differs from what was asked for; null when it does not. */
export type SliceSubstitution = 'no-redundant-direction' | 'indices-adjusted' | null;

/** Two orthonormal directions u, v in free-parameter space, and what they mean. */
export interface SliceBasis {
  readonly u: Float64Array;
  readonly v: Float64Array;
  readonly first: SliceAxisMeaning;
  readonly second: SliceAxisMeaning;
  /** u shifts every class together: no probability changes along it, so neither does the data term. */
  readonly firstIsRedundant: boolean;
  readonly substitution: SliceSubstitution;
}

/** Class row and component (0 = b, 1 = w1, 2 = w2) of a free parameter. */
export function freeParameterAt(index: number, classes: number, parametrization: Parametrization): { classIndex: number; component: number } {
  return { classIndex: freeRows(classes, parametrization)[Math.floor(index / ROW)], component: index % ROW };
}

/**
 * Shifting every class's bias by the same amount, as a unit vector: 1_K ⊗ (1, 0, 0) / √K. Only the full
 * parametrisation has it; it is in the null space of the data Hessian, and of the penalty when the bias is spared.
 */
export function redundantBiasDirection(classes: number): Float64Array {
  const direction = new Float64Array(ROW * classes);
  for (let k = 0; k < classes; k++) direction[ROW * k] = 1 / Math.sqrt(classes);
  return direction;
}

/** Eigenvalues from the largest down, with the matching column of `eigen.vectors`. */
export function descendingEigenpairs(eigen: SymmetricEigen): { value: number; column: number }[] {
  const n = eigen.values.length;
  return Array.from({ length: n }, (_, i) => ({ value: eigen.values[n - 1 - i], column: n - 1 - i }));
}

function eigenvector(eigen: SymmetricEigen, column: number): Float64Array {
  const n = eigen.values.length;
  return Float64Array.from({ length: n }, (_, k) => eigen.vectors[k * n + column]);
}

function unitVector(dimension: number, index: number): Float64Array {
  const vector = new Float64Array(dimension);
  vector[index] = 1;
  return vector;
}

/** `vector` minus its component along the unit vector `along`, scaled to unit length; null if almost nothing is left. */
function orthogonalUnit(vector: Float64Array, along: Float64Array): Float64Array | null {
  const projection = dot(vector, along);
  const rest = vector.map((x, i) => x - projection * along[i]);
  const norm = Math.sqrt(dot(rest, rest));
  return norm < 1e-6 ? null : rest.map((x) => x / norm);
}

/**
 * An eigenvector's sign is arbitrary and may flip from one decomposition to the next, which would mirror the
 * picture while training runs. Keep it pointing like the previous axis; without one, make its largest entry positive.
 */
function oriented(vector: Float64Array, previous: Float64Array | undefined): Float64Array {
  let sign: number;
  if (previous !== undefined && previous.length === vector.length && dot(vector, previous) !== 0) {
    sign = Math.sign(dot(vector, previous));
  } else {
    let largest = 0;
    vector.forEach((x) => {
      if (Math.abs(x) > Math.abs(largest)) largest = x;
    });
    sign = largest < 0 ? -1 : 1;
  }
  return sign < 0 ? vector.map((x) => -x) : vector;
}

/** A whole number in [0, count); anything else (a hand-edited URL, a K that shrank) becomes `fallback`. */
function validIndex(index: number, count: number, fallback: number): number {
  return Number.isInteger(index) && index >= 0 && index < count ? index : fallback;
}

/** Two distinct indices in [0, count), as close to the requested ones as possible. */
function distinctIndices(first: number, second: number, count: number): { first: number; second: number; adjusted: boolean } {
  const a = validIndex(first, count, 0);
  let b = validIndex(second, count, a === 1 ? 0 : 1);
  if (b === a) b = a === 0 ? 1 : 0;
  return { first: a, second: b, adjusted: a !== first || b !== second };
}

/**
 * The slice plane for a request, given the Hessian's eigen-decomposition at the slice's centre.
 * - redundant-vs-curved: u = the shift of all biases, v = the most curved direction orthogonal to it. The
 *   reference parametrisation has no redundant direction, so it gets the two most curved eigenvectors instead.
 * - parameters: two coordinate axes of the free vector.
 * - eigenvectors: two eigenvectors by rank (0 = largest eigenvalue).
 * `previous` (the last basis shown) keeps eigenvector signs from flipping between frames.
 */
export function sliceBasis(
  request: SliceAxesRequest,
  classes: number,
  parametrization: Parametrization,
  eigen: SymmetricEigen,
  previous?: SliceBasis,
): SliceBasis {
  const dimension = eigen.values.length;
  const pairs = descendingEigenpairs(eigen);
  const byRank = (rank: number): SliceAxisMeaning => ({ kind: 'eigenvector', rank, eigenvalue: pairs[rank].value });
  const eigenBasis = (first: number, second: number, substitution: SliceSubstitution): SliceBasis => ({
    u: oriented(eigenvector(eigen, pairs[first].column), previous?.u),
    v: oriented(eigenvector(eigen, pairs[second].column), previous?.v),
    first: byRank(first),
    second: byRank(second),
    firstIsRedundant: false,
    substitution,
  });

  if (request.kind === 'parameters') {
    const { first, second, adjusted } = distinctIndices(request.first, request.second, dimension);
    return {
      u: unitVector(dimension, first),
      v: unitVector(dimension, second),
      first: { kind: 'parameter', index: first },
      second: { kind: 'parameter', index: second },
      firstIsRedundant: false,
      substitution: adjusted ? 'indices-adjusted' : null,
    };
  }
  if (request.kind === 'eigenvectors') {
    const { first, second, adjusted } = distinctIndices(request.first, request.second, dimension);
    return eigenBasis(first, second, adjusted ? 'indices-adjusted' : null);
  }
  if (parametrization.kind === 'reference') return eigenBasis(0, 1, 'no-redundant-direction');

  const u = redundantBiasDirection(classes);
  // The Hessian commutes with the projection onto the redundant directions, so its top eigenvector normally
  // lies orthogonal to u already; Gram–Schmidt guards against repeated eigenvalues mixing the two.
  for (let rank = 0; rank < dimension; rank++) {
    const v = orthogonalUnit(eigenvector(eigen, pairs[rank].column), u);
    if (v === null) continue;
    return { u, v: oriented(v, previous?.v), first: { kind: 'redundant-bias' }, second: byRank(rank), firstIsRedundant: true, substitution: null };
  }
  // Unreachable for dimension ≥ 2 (the eigenvectors span the space), kept total for the type checker.
  return eigenBasis(0, 1, null);
}
