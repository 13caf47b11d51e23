import { canonicalTheta } from './canonicalTheta';
import { ROW } from './parameters';
import type { PlotDomain } from './plotDomain';

export interface PlanePoint {
  readonly x1: number;
  readonly x2: number;
}

/** A piece of the line where classes `first` < `second` tie as the two most probable. */
export interface BoundarySegment {
  readonly first: number;
  readonly second: number;
  readonly from: PlanePoint;
  readonly to: PlanePoint;
}

/** A polygon corner, and which line the edge that starts at it lies on: a rival class, or the domain's border. */
interface Corner extends PlanePoint {
  readonly edge: number;
}

const BORDER = -1;

/**
 * The boundaries between decision regions: each edge of region k that lies on the tie line with a class l > k
 * (so each shared edge is listed once). Computed from canonicalTheta, so θ + c gives identical segments.
 */
export function decisionBoundaries(theta: Float64Array, classes: number, domain: PlotDomain): BoundarySegment[] {
  const segments: BoundarySegment[] = [];
  regionCorners(canonicalTheta(theta, classes), classes, domain).forEach((corners, k) => {
    corners.forEach((corner, i) => {
      if (corner.edge <= k) return;
      const next = corners[(i + 1) % corners.length];
      segments.push({ first: k, second: corner.edge, from: { x1: corner.x1, x2: corner.x2 }, to: { x1: next.x1, x2: next.x2 } });
    });
  });
  return segments;
}

/**
 * The decision regions inside the domain, exactly: class k wins where θ_k·x̃ ≥ θ_l·x̃ for every l, an
 * intersection of half-planes, i.e. the domain rectangle clipped once per rival class. Each region is a list of
 * corners, empty when k wins nowhere in the domain.
 */
function regionCorners(theta: Float64Array, classes: number, domain: PlotDomain): Corner[][] {
  const [left, right] = domain.x1;
  const [bottom, top] = domain.x2;
  const rectangle: Corner[] = [
    { x1: left, x2: bottom, edge: BORDER },
    { x1: right, x2: bottom, edge: BORDER },
    { x1: right, x2: top, edge: BORDER },
    { x1: left, x2: top, edge: BORDER },
  ];
  return Array.from({ length: classes }, (_, k) => {
    let corners = rectangle;
    for (let l = 0; l < classes && corners.length > 0; l++) {
      if (l === k) continue;
      const d0 = theta[ROW * k] - theta[ROW * l];
      const d1 = theta[ROW * k + 1] - theta[ROW * l + 1];
      const d2 = theta[ROW * k + 2] - theta[ROW * l + 2];
      corners = clip(corners, (p) => d0 + d1 * p.x1 + d2 * p.x2, l);
    }
    return corners;
  });
}

/**
 * Sutherland–Hodgman: the part of a convex polygon where margin(p) ≥ 0. Edges cut out by the clip line are
 * labelled `line`; the rest keep their labels.
 */
function clip(corners: Corner[], margin: (p: PlanePoint) => number, line: number): Corner[] {
  const kept: Corner[] = [];
  corners.forEach((from, i) => {
    const to = corners[(i + 1) % corners.length];
    const marginFrom = margin(from);
    const marginTo = margin(to);
    const fromInside = marginFrom >= 0;
    const toInside = marginTo >= 0;
    if (fromInside) kept.push(from);
    if (fromInside !== toInside) {
      const t = marginFrom / (marginFrom - marginTo);
      const crossing = { x1: from.x1 + t * (to.x1 - from.x1), x2: from.x2 + t * (to.x2 - from.x2) };
      // Leaving the half-plane, the polygon continues along the clip line; entering it, along the old edge.
      kept.push({ ...crossing, edge: fromInside ? line : from.edge });
    }
  });
  return kept;
}
