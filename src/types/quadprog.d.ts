/**
 * The quadprog package (a JavaScript port of R's quadprog: Goldfarb and Idnani's dual method), as far as this
 * app uses it. It minimises ½ bᵀDb − dᵀb subject to Aᵀb ≥ b0, the first `meq` constraints as equalities.
 * Every array is 1-based, as in the Fortran original: index 0 is unused. `Dmat`, `dvec` and `factorized` are
 * overwritten (D by its factor), so pass fresh arrays on every call.
 */
declare module 'quadprog' {
  export interface QuadprogResult {
    /** The minimiser b, 1-based; absent when the arguments were refused (see `message`). */
    readonly solution?: number[];
    /** Lagrange multipliers of the constraints, 1-based: positive on active constraints. */
    readonly Lagrangian?: number[];
    /** 1-based; value[1] is the objective at the solution. */
    readonly value?: number[];
    /** Indices (1-based) of the active constraints, in iact[1..]; 0 after the last. */
    readonly iact?: number[];
    /** Empty on success; otherwise why it failed ("constraints are inconsistent, no solution!", …). */
    readonly message: string;
  }

  export function solveQP(
    Dmat: number[][],
    dvec: number[],
    Amat: number[][],
    bvec?: number[],
    meq?: number,
    factorized?: number[],
  ): QuadprogResult;
}
