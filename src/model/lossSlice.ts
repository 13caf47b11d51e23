import { createObjective, type Objective } from './objective';
import { restrict, type Parametrization } from './parameters';

/** The plane θ(a, b) = center + a·u + b·v in free-parameter space (u, v orthonormal). */
export interface SlicePlane {
  readonly center: Float64Array;
  readonly u: Float64Array;
  readonly v: Float64Array;
}

/** J sampled on a square grid of the plane: a and b each run over [−extent, extent] in `resolution` steps. */
export interface SliceGrid {
  readonly resolution: number;
  readonly extent: number;
  /** J(a_i, b_j) at index i + j·resolution: x fastest, the layout d3.contours reads. */
  readonly values: Float64Array;
}

/** a_i (or b_j) of grid index i. */
export function sliceCoordinate(index: number, resolution: number, extent: number): number {
  return -extent + (2 * extent * index) / (resolution - 1);
}

function pointOnPlane(plane: SlicePlane, a: number, b: number, out: Float64Array): Float64Array {
  for (let i = 0; i < out.length; i++) out[i] = plane.center[i] + a * plane.u[i] + b * plane.v[i];
  return out;
}

/** Fills rows [fromRow, toRow) of `values` by evaluating J at every cell: N·K work per cell. */
function fillRows(objective: Objective, plane: SlicePlane, resolution: number, extent: number, values: Float64Array, fromRow: number, toRow: number): void {
  const point = new Float64Array(plane.center.length);
  for (let j = fromRow; j < toRow; j++) {
    const b = sliceCoordinate(j, resolution, extent);
    for (let i = 0; i < resolution; i++) {
      values[i + j * resolution] = objective.evaluate(pointOnPlane(plane, sliceCoordinate(i, resolution, extent), b, point));
    }
  }
}

/** J on the grid, one full evaluation per cell. Works for any plane. */
export function bruteForceSlice(objective: Objective, plane: SlicePlane, resolution: number, extent: number): SliceGrid {
  const values = new Float64Array(resolution * resolution);
  fillRows(objective, plane, resolution, extent, values, 0, resolution);
  return { resolution, extent, values };
}

/**
 * J on the grid when u is a redundant direction (every class shifted together), which changes no probability:
 * J(c + a·u + b·v) = D(c + b·v) + (λ/2) Σ_j mask_j (c_j + a·u_j + b·v_j)².
 * So one data pass per row b, and the penalty as a quadratic in (a, b) per cell: `resolution` data passes
 * instead of resolution².
 */
export function redundantAxisSlice(objective: Objective, plane: SlicePlane, resolution: number, extent: number): SliceGrid {
  const dataTerm = createObjective(objective.data, { ...objective.spec, l2: 0 });
  const { center: c, u, v } = plane;
  const mask = objective.penaltyMask;
  // Penalty-weighted inner products of c, u and v.
  let cc = 0, cu = 0, cv = 0, uu = 0, uv = 0, vv = 0;
  for (let j = 0; j < c.length; j++) {
    const m = mask[j];
    cc += m * c[j] * c[j];
    cu += m * c[j] * u[j];
    cv += m * c[j] * v[j];
    uu += m * u[j] * u[j];
    uv += m * u[j] * v[j];
    vv += m * v[j] * v[j];
  }
  const half = 0.5 * objective.spec.l2;
  const values = new Float64Array(resolution * resolution);
  const point = new Float64Array(c.length);
  for (let j = 0; j < resolution; j++) {
    const b = sliceCoordinate(j, resolution, extent);
    const data = dataTerm.evaluate(pointOnPlane(plane, 0, b, point));
    for (let i = 0; i < resolution; i++) {
      const a = sliceCoordinate(i, resolution, extent);
      const penalty = cc + 2 * a * cu + 2 * b * cv + a * a * uu + 2 * a * b * uv + b * b * vv;
      values[i + j * resolution] = data + half * penalty;
    }
  }
  return { resolution, extent, values };
}

/**
 * The brute-force slice computed a few rows at a time, so a caller can spread it over frames or run it in a
 * worker and show early results: yields null after every row, and a finished grid after each resolution
 * in `resolutions` (coarse first).
 */
export function* progressiveSlice(objective: Objective, plane: SlicePlane, extent: number, resolutions: readonly number[]): Generator<SliceGrid | null, void> {
  for (const resolution of resolutions) {
    const values = new Float64Array(resolution * resolution);
    for (let j = 0; j < resolution; j++) {
      fillRows(objective, plane, resolution, extent, values, j, j + 1);
      if (j < resolution - 1) yield null;
    }
    yield { resolution, extent, values };
  }
}

/**
 * Coordinates (a, b) = ((θ_t − θ)·u, (θ_t − θ)·v) of K×3 θs in the plane, taken in free-parameter space
 * (restrict() re-expresses each θ_t as the same classifier under a reference class). The part of θ_t − θ
 * outside the plane is dropped: this is a projection.
 */
export function projectOntoSlice(
  thetas: readonly Float64Array[],
  plane: SlicePlane,
  classes: number,
  parametrization: Parametrization,
): [number, number][] {
  const { center, u, v } = plane;
  return thetas.map((theta) => {
    const free = restrict(theta, classes, parametrization);
    let a = 0;
    let b = 0;
    for (let i = 0; i < free.length; i++) {
      const offset = free[i] - center[i];
      a += offset * u[i];
      b += offset * v[i];
    }
    return [a, b];
  });
}

/**
 * The half-width of the grid: at least `minimum`, enough to show every projected point with a margin, rounded
 * up to 1, 2, 3 or 5 × 10^k so that it changes in jumps rather than with every step.
 */
export function sliceExtent(points: readonly [number, number][], minimum: number): number {
  let needed = minimum;
  for (const [a, b] of points) {
    const reach = 1.15 * Math.max(Math.abs(a), Math.abs(b));
    if (Number.isFinite(reach) && reach > needed) needed = reach;
  }
  const power = 10 ** Math.floor(Math.log10(needed));
  const step = [1, 2, 3, 5, 10].find((m) => m * power >= needed * (1 - 1e-12)) ?? 10;
  return step * power;
}
