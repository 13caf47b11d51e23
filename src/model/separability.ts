import { solve, type Coefficients, type Constraint, type Model } from 'yalps';
import type { Dataset } from './dataset';

/**
 * Whether some multiclass linear classifier (one row θ_k = (b, w1, w2) per class, prediction argmax_k θ_k·(1, x1, x2))
 * puts every point strictly on its own class's side, i.e. whether a softmax model can reach zero training error
 * (and so its unregularised loss has no minimum: the weights grow forever).
 *
 * Decided exactly, up to floating-point tolerance, as the feasibility of a linear programme:
 * some θ with (θ_y − θ_k)·(1, x1, x2) ≥ 1 for every point (x, y) and every other present class k.
 * Strict separation can always be scaled up to a margin of 1, so the two are equivalent.
 *
 * The edge cases, so that callers can phrase them:
 * - No points: false. There is nothing to separate and nothing to fit (the data term is empty), so neither
 *   "separable, the loss has no minimum" nor "overlapping" describes the set; a caller should say "no points".
 * - One class present (N ≥ 1): true. Classes with no points impose nothing, and raising that class's bias
 *   classifies every point with a positive margin, so without L2 J → 0 as ‖θ‖ → ∞ and has no minimiser
 *   (teaching-math §6), as on any separable set.
 * - false on N ≥ 1 means no classifier gets every point strictly right. It does not promise a minimiser: under
 *   quasi-complete separation (some classifier gets every point right or tied, at least one right: Albert and
 *   Anderson 1984) J has none either.
 *
 * The answer depends only on the points' positions up to an affine change of units and origin, which this
 * function honours at any scale a double can hold (see standardised).
 */
export function isLinearlySeparable(data: Dataset): boolean {
  if (data.labels.length === 0) return false;
  const present = presentClasses(data);
  if (present.length < 2) return true;
  const solution = solve(marginProgramme(hullVertices(standardised(data)), present, data.classes), {
    maxPivots: 100_000,
  });
  if (solution.status === 'optimal') return true;
  if (solution.status === 'infeasible') return false;
  throw new Error(`the linear separability test did not finish: the LP solver reported "${solution.status}"`);
}

/**
 * How the points lie for a K-class linear model (one row θ_k per class, scores θ_k·(1, x1, x2)), which decides
 * whether the unregularised J has a minimiser (Albert and Anderson 1984; teaching-math §2, §6):
 * - `completelySeparable`: some θ gets every point strictly right (isLinearlySeparable), so J → 0 along tθ.
 * - `quasiCompletelySeparated`: not that, but some θ gets every point right or tied, (θ_{y_n} − θ_k)·x̃_n ≥ 0 for
 *   every n and k, with at least one strict; J falls for ever along tθ (the tied points' terms stay, the others
 *   vanish), so it has no minimiser either.
 * - `overlapping`: every θ with all those margins ≥ 0 has them all 0 (J is flat along it, e.g. the shift of every
 *   row, or a direction normal to points on one line): a minimiser exists.
 * - `noPoints`: nothing to fit.
 * Only the classes with points take part: what a class with none does depends on the objective (see
 * minimiserExistence). Decided by two LPs on the affinely standardised points, so the answer is the same for the
 * data in any units and at any scale a double holds, and in any order.
 */
export type Separation = 'noPoints' | 'overlapping' | 'quasiCompletelySeparated' | 'completelySeparable';

export function classifySeparation(data: Dataset): Separation {
  if (data.labels.length === 0) return 'noPoints';
  if (isLinearlySeparable(data)) return 'completelySeparable';
  const present = presentClasses(data);
  const solution = solve(tiedMarginProgramme(hullVertices(standardised(data)), present, data.classes), { maxPivots: 100_000 });
  if (solution.status === 'optimal') return 'quasiCompletelySeparated';
  if (solution.status === 'infeasible') return 'overlapping';
  throw new Error(`the quasi-complete separation test did not finish: the LP solver reported "${solution.status}"`);
}

/**
 * The LP "(θ_y − θ_k)·x̃ ≥ 0 for each point and each other present class k, their sum ≥ 1, minimising |θ|₁": feasible
 * exactly when some θ ties or wins every point and wins at least one (the set of such θ is a cone, so a total
 * margin above 0 can be scaled to 1). Laid out as marginProgramme is, for the same reason: with a cost on every
 * variable yalps starts from a dual-feasible basis, where a zero objective with every margin 0 would make it cycle.
 */
function tiedMarginProgramme(points: LabelledPoints, present: number[], classes: number): Model<number, number> {
  const { columns, totals, constraints } = marginConstraints(points, present, classes, { min: 0 });
  const total = constraints.length;
  constraints.push([total, { min: 1 }]);
  const objective = -1;
  const variables = columns.flatMap((column, index): Array<[number, Coefficients<number>]> => [
    [2 * index, [...column, [total, totals[index]], [objective, 1]]],
    [2 * index + 1, [...column.map(([c, v]): [number, number] => [c, -v]), [total, -totals[index]], [objective, 1]]],
  ]);
  return { direction: 'minimize', objective, constraints, variables };
}

/**
 * The LP "(θ_y − θ_k)·(1, x1, x2) ≥ 1 for each point and each other present class k, minimising |θ|₁".
 * Only differences of rows enter, so the first present class's row is pinned to zero; the other rows are free,
 * and yalps's variables are non-negative, so each free component is a positive part minus a negative part.
 * The objective is there for the solver, not for us: with a cost on every variable, yalps's first phase is a
 * dual simplex from a dual-feasible start, instead of wandering among pivots that all look equally good.
 */
function marginProgramme(points: LabelledPoints, present: number[], classes: number): Model<number, number> {
  const { columns, constraints } = marginConstraints(points, present, classes, { min: 1 });
  const objective = -1;
  const variables = columns.flatMap((column, index): Array<[number, Coefficients<number>]> => [
    [2 * index, [...column, [objective, 1]]],
    [2 * index + 1, [...column.map(([constraint, value]): [number, number] => [constraint, -value]), [objective, 1]]],
  ]);
  return { direction: 'minimize', objective, constraints, variables };
}

/**
 * One constraint "(θ_y − θ_k)·(1, x1, x2) within `bound`" per point and other present class k, as yalps columns:
 * column 3r + j holds the coefficients of entry j of free row r (the first present class's row is pinned to 0),
 * and `totals` each column's sum over every constraint (the tied-margin LP bounds that sum).
 */
function marginConstraints(points: LabelledPoints, present: number[], classes: number, bound: Constraint) {
  const rowOf = new Int32Array(classes).fill(-1);
  present.forEach((label, row) => (rowOf[label] = row - 1));
  const columns: Array<Array<[number, number]>> = Array.from({ length: 3 * (present.length - 1) }, () => []);
  const totals = new Float64Array(columns.length);
  const constraints: Array<[number, Constraint]> = [];
  points.labels.forEach((label, n) => {
    const own = rowOf[label];
    const features = [1, points.x1[n], points.x2[n]];
    for (const other of present) {
      const rival = rowOf[other];
      if (rival === own) continue;
      const constraint = constraints.length;
      constraints.push([constraint, bound]);
      features.forEach((feature, j) => {
        if (own >= 0) {
          columns[3 * own + j].push([constraint, feature]);
          totals[3 * own + j] += feature;
        }
        if (rival >= 0) {
          columns[3 * rival + j].push([constraint, -feature]);
          totals[3 * rival + j] -= feature;
        }
      });
    }
  });
  return { columns, totals, constraints };
}

/** The labels that occur in the data, ascending. */
function presentClasses(data: Dataset): number[] {
  const seen = new Array<boolean>(data.classes).fill(false);
  for (const label of data.labels) seen[label] = true;
  return seen.flatMap((isPresent, label) => (isPresent ? [label] : []));
}

interface LabelledPoints {
  readonly x1: number[];
  readonly x2: number[];
  readonly labels: number[];
}

/**
 * The corners of each class's convex hull. A classifier's score differences are affine in x, so margins that
 * hold at a class's corners hold everywhere in its hull: keeping only corners changes no answer, and shrinks a
 * Gaussian blob of thousands of points to a few dozen constraints.
 */
function hullVertices(data: Dataset): LabelledPoints {
  const byClass: number[][] = Array.from({ length: data.classes }, () => []);
  data.labels.forEach((label, n) => byClass[label].push(n));
  const result: LabelledPoints = { x1: [], x2: [], labels: [] };
  byClass.forEach((members, label) => {
    for (const n of convexHull(members, data.x1, data.x2)) {
      result.x1.push(data.x1[n]);
      result.x2.push(data.x2[n]);
      result.labels.push(label);
    }
  });
  return result;
}

/**
 * Andrew's monotone chain: the indices of the hull's corners, counter-clockwise. Points inside or on an edge are
 * dropped, being convex combinations of corners; a repeated corner may be kept twice, which is harmless.
 */
function convexHull(indices: number[], x1: Float64Array, x2: Float64Array): number[] {
  const sorted = [...indices].sort((a, b) => x1[a] - x1[b] || x2[a] - x2[b]);
  if (sorted.length < 3) return sorted;
  const turnsLeft = (o: number, a: number, b: number): boolean =>
    (x1[a] - x1[o]) * (x2[b] - x2[o]) - (x2[a] - x2[o]) * (x1[b] - x1[o]) > 0;
  const chain = (order: number[]): number[] => {
    const hull: number[] = [];
    for (const n of order) {
      while (hull.length >= 2 && !turnsLeft(hull[hull.length - 2], hull[hull.length - 1], n)) hull.pop();
      hull.push(n);
    }
    hull.pop();
    return hull;
  };
  return [...chain(sorted), ...chain([...sorted].reverse())];
}

/**
 * Each coordinate mapped affinely onto [−1, 1]. An invertible affine map of the plane carries separating
 * classifiers to separating classifiers, so this changes no answer; it is done before anything else because the
 * hull's cross products and the LP need numbers near 1: on raw data they overflow (coordinates near 1e200, or
 * (max − min) at ±1.8e308) or underflow to zero (near 1e-200), and a corner lost that way can turn an
 * overlapping set into a "separable" one.
 */
function standardised(data: Dataset): Dataset {
  return { ...data, x1: standardisedCoordinate(data.x1), x2: standardisedCoordinate(data.x2) };
}

function standardisedCoordinate(values: Float64Array): Float64Array {
  let largest = 0;
  for (const v of values) largest = Math.max(largest, Math.abs(v));
  // Multiplying by a power of two is exact (short of overflow and underflow, which it avoids here), so data
  // scaled by 2^k standardise to the very same numbers, and subnormal inputs regain their digits.
  const exponent = largest > 0 ? -Math.floor(Math.log2(largest)) : 0;
  const unit = values.map((v) => timesPowerOfTwo(v, exponent));
  let min = Infinity;
  let max = -Infinity;
  for (const v of unit) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const centre = (min + max) / 2;
  const halfRange = (max - min) / 2;
  const scale = halfRange > 0 ? halfRange : 1;
  return unit.map((v) => (v - centre) / scale);
}

/** v · 2^exponent for |exponent| up to about 2100, in two factors because 2^±1074 alone is not a double. */
function timesPowerOfTwo(v: number, exponent: number): number {
  const half = Math.trunc(exponent / 2);
  return v * 2 ** half * 2 ** (exponent - half);
}
