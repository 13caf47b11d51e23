import type { ThetaParts } from './initialization';
import { createObjective, type Objective } from './objective';
import { restrict, ROW, type Parametrization } from './parameters';
import { createSplitPoint, splitInto, type SplitPoint } from './splitPoint';

/**
 * The plane θ(a, b) = θ₀ + a·u + b·v in free-parameter space (u, v orthonormal). Its centre θ₀ is held as the
 * optimiser holds θ (splitPoint.ts): `center` is θ₀'s free vector without its class-mean (θ₀ − m under the full
 * parametrisation) and `offset` is m (zeros under a reference class), so a huge m costs J on the grid no digits.
 */
export interface SlicePlane {
  readonly center: Float64Array;
  readonly offset: Float64Array;
  readonly u: Float64Array;
  readonly v: Float64Array;
}

/** The plane through θ (given as θ − m and m) spanned by u and v. */
export function planeThrough(theta: ThetaParts, parametrization: Parametrization, u: Float64Array, v: Float64Array): SlicePlane {
  const classes = theta.identifiable.length / ROW;
  const full = parametrization.kind === 'full';
  return { center: restrict(theta.identifiable, classes, parametrization), offset: Float64Array.from(full ? theta.redundant : [0, 0, 0]), u, v };
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

/** θ(a, b) as a two-part point: the moderate part is formed first, and m added to its mean part only. */
function pointOnPlane(objective: Objective, plane: SlicePlane, a: number, b: number, out: SplitPoint): SplitPoint {
  for (let i = 0; i < out.free.length; i++) out.free[i] = plane.center[i] + a * plane.u[i] + b * plane.v[i];
  splitInto(out.free, objective.spec.parametrization.kind, out);
  for (let i = 0; i < ROW; i++) out.offset[i] += plane.offset[i];
  return out;
}

/** Fills rows [fromRow, toRow) of `values` by evaluating J at every cell: N·K work per cell. */
function fillRows(objective: Objective, plane: SlicePlane, resolution: number, extent: number, values: Float64Array, fromRow: number, toRow: number): void {
  const point = createSplitPoint(plane.center.length);
  for (let j = fromRow; j < toRow; j++) {
    const b = sliceCoordinate(j, resolution, extent);
    for (let i = 0; i < resolution; i++) {
      values[i + j * resolution] = objective.evaluateParts(pointOnPlane(objective, plane, sliceCoordinate(i, resolution, extent), b, point));
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
  const { u, v } = plane;
  // The whole centre θ₀ is fine here: the penalty is a sum of squares, which m dominates without cancelling.
  const c = plane.center.map((x, j) => x + plane.offset[j % ROW]);
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
  const point = createSplitPoint(c.length);
  for (let j = 0; j < resolution; j++) {
    const b = sliceCoordinate(j, resolution, extent);
    const data = dataTerm.evaluateParts(pointOnPlane(dataTerm, plane, 0, b, point));
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
 * θ − θ₀ in free-parameter space for θ given as θ − m and m (restrict() re-expresses θ as the same classifier
 * under a reference class), formed part by part so that it is exact whatever the size of m.
 */
export function differenceFromCentre(theta: ThetaParts, plane: SlicePlane, classes: number, parametrization: Parametrization): Float64Array {
  const free = restrict(theta.identifiable, classes, parametrization);
  const full = parametrization.kind === 'full';
  return free.map((x, i) => x - plane.center[i] + (full ? theta.redundant[i % ROW] - plane.offset[i % ROW] : 0));
}

/**
 * Coordinates (a, b) = ((θ_t − θ₀)·u, (θ_t − θ₀)·v) of θs in the plane. The part of θ_t − θ₀ outside the plane
 * is dropped: this is a projection.
 */
export function projectOntoSlice(
  thetas: readonly ThetaParts[],
  plane: SlicePlane,
  classes: number,
  parametrization: Parametrization,
): [number, number][] {
  return thetas.map((theta) => {
    const difference = differenceFromCentre(theta, plane, classes, parametrization);
    let a = 0;
    let b = 0;
    for (let i = 0; i < difference.length; i++) {
      a += difference[i] * plane.u[i];
      b += difference[i] * plane.v[i];
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
