import type { Dataset } from './dataset';
import { conditionNumber, hessianRoundingFloor, symmetricEigen } from './eigen';
import { createObjective, type ObjectiveSpec } from './objective';
import { identifiablePart, restrict, ROW, type ParametrizationKind } from './parameters';

/**
 * The Hessian's eigenvalues h on the identifiable directions, the ones that change a probability
 * (teaching-math §9). Full model: H restricted to the orthogonal complement of "the same c added to every row",
 * i.e. to the θ − m coordinates: Qᵀ H Q for an orthonormal basis Q of {θ : Σ_k θ_k = 0}. Those directions carry
 * the shift's own eigenvalues (0 without L2; λ or 0 per entry with it), which say nothing about the classifier, so
 * leaving them out keeps κ defined the same way for every λ. Reference class: the Hessian in the K − 1 free rows,
 * which are identifiable already. Ascending, 3(K − 1) of them either way.
 *
 * H commutes with the projection onto that complement (the data term's null space is the shift, and the L2 term is
 * the same diagonal in every row), so these are exactly the eigenvalues of H minus the three along the shift.
 */
export function identifiableEigenvalues(hessian: Float64Array, classes: number, kind: ParametrizationKind): Float64Array {
  const free = ROW * (classes - 1);
  if (kind === 'reference') return symmetricEigen(hessian, free).values;
  const basis = helmertBasis(classes);
  const full = ROW * classes;
  // (Q ⊗ I₃)ᵀ H (Q ⊗ I₃), with Q's column j the j-th Helmert contrast: entry ((j,i),(l,i')) sums over the rows k, k'.
  const projected = new Float64Array(free * free);
  for (let j = 0; j < classes - 1; j++) {
    for (let l = 0; l < classes - 1; l++) {
      for (let i = 0; i < ROW; i++) {
        for (let i2 = 0; i2 < ROW; i2++) {
          let sum = 0;
          for (let k = 0; k < classes; k++) {
            const a = basis[k * (classes - 1) + j];
            if (a === 0) continue;
            for (let k2 = 0; k2 < classes; k2++) sum += a * hessian[(ROW * k + i) * full + ROW * k2 + i2] * basis[k2 * (classes - 1) + l];
          }
          projected[(ROW * j + i) * free + ROW * l + i2] = sum;
        }
      }
    }
  }
  return symmetricEigen(projected, free).values;
}

/**
 * K × (K − 1), row-major: orthonormal columns orthogonal to (1, …, 1). Column j (from 0) is
 * (1, …, 1, −(j + 1), 0, …) / √((j + 1)(j + 2)), with j + 1 ones.
 */
export function helmertBasis(classes: number): Float64Array {
  const basis = new Float64Array(classes * (classes - 1));
  for (let j = 0; j < classes - 1; j++) {
    const norm = Math.sqrt((j + 1) * (j + 2));
    for (let k = 0; k <= j; k++) basis[k * (classes - 1) + j] = 1 / norm;
    basis[(j + 1) * (classes - 1) + j] = -(j + 1) / norm;
  }
  return basis;
}

/** What the curvature on the identifiable directions says about GD: its extremes and their ratio. */
export interface IdentifiableCurvature {
  /** Largest eigenvalue h_max on the identifiable directions. */
  readonly largest: number;
  /** Smallest eigenvalue h_min there (0 up to rounding when the data leave an identifiable direction flat). */
  readonly smallest: number;
  /** κ = h_max / h_min; Infinity when h_min is zero up to rounding (see conditionNumber). */
  readonly condition: number;
}

/**
 * κ on the identifiable directions of the objective `spec` on `data` at θ (K×3), for its parametrisation.
 * Evaluated at θ − m, which has the same Hessian (it depends on differences of rows; the L2 term's is constant)
 * without the digits a huge m would cost; the reference model first subtracts its reference row (restrict).
 */
export function identifiableCurvature(data: Dataset, spec: ObjectiveSpec, theta: Float64Array): IdentifiableCurvature {
  const objective = createObjective(data, spec);
  const hessian = objective.hessian(restrict(identifiablePart(theta, data.classes), data.classes, spec.parametrization));
  return curvatureOfHessian(hessian, data, spec.parametrization.kind);
}

/** The same, from a Hessian already in hand (in the free parameters of `kind`), e.g. a race lane's trainer's. */
export function curvatureOfHessian(hessian: Float64Array, data: Dataset, kind: ParametrizationKind): IdentifiableCurvature {
  const values = identifiableEigenvalues(hessian, data.classes, kind);
  const floor = hessianRoundingFloor(data, values.length);
  return { largest: values[values.length - 1], smallest: values[0], condition: conditionNumber(values, floor) };
}
