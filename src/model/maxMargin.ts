import { solveQP } from 'quadprog';
import type { Dataset } from './dataset';
import { euclideanNorm, expand, freeRows, identifiablePart, maxNorm, ROW, type Parametrization } from './parameters';
import { isLinearlySeparable } from './separability';

/** The hard-margin multiclass SVM, or why there is none. */
export type MaxMargin =
  | {
      readonly kind: 'solved';
      /**
       * The K×3 rows of the minimum-norm θ with (θ_{y_n} − θ_k)·x̃_n ≥ 1 for every point n and every k ≠ y_n (the
       * reference row pinned at 0 under a reference class). Its decision boundaries are the SVM's.
       */
      readonly theta: Float64Array;
      /** Its identifiable part θ − m scaled to unit length: the direction GD's θ − m turns towards. */
      readonly direction: Float64Array;
      /** The indices of the points with a constraint at equality (margin exactly 1, up to rounding). */
      readonly supportVectors: readonly number[];
    }
  | { readonly kind: 'no-points' }
  | { readonly kind: 'not-separable' }
  /** Separable, but the solver's answer failed the check (extreme coordinates): no direction is claimed. */
  | { readonly kind: 'unsolved'; readonly reason: string };

/** How far below 1 a margin of the returned θ may fall (rounding in the solver), relative. */
const MARGIN_TOLERANCE = 1e-7;

/**
 * The hard-margin multiclass SVM that gradient descent's direction tends to on separable data with λ = 0
 * (Soudry, Hoffer, Nacson, Gunasekar and Srebro 2018, "The Implicit Bias of Gradient Descent on Separable Data";
 * teaching-math §6): minimise ½ Σ_k ‖θ_k‖² over exactly the parameters GD moves, subject to
 * (θ_{y_n} − θ_k)·x̃_n ≥ 1 for every point and every other class k, present in the data or not (an absent class's
 * logit is in the softmax too, and GD pushes it down).
 *
 * The bias is an entry of θ_k like the weights, so it is in the norm: GD's iterates are sums of gradient rows
 * (1/N) Σ_n (P − [y = k]) x̃_n with x̃ = (1, x1, x2), a homogeneous linear model in x̃, which is the setting of the
 * theorem. Under a reference class GD moves only the other K − 1 rows, so the norm is over those; the answer is a
 * different classifier from the full parametrisation's, and `direction` is its θ − m.
 *
 * Full parametrisation: the minimiser needs no Σ_k θ_k = 0 constraint. The constraints see only differences of
 * rows, so with θ feasible so is θ − m, and ‖θ‖² = ‖θ − m‖² + K‖m‖² (the parts are orthogonal): the minimum has
 * m = 0, i.e. it is its own identifiable part. The unit test checks this on the solver's output.
 *
 * Solved exactly by quadprog (Goldfarb–Idnani's dual active-set method) on the primal: D = I is positive definite
 * on the 3K (or 3(K − 1)) free entries, with N·(K − 1) inequality constraints.
 */
export function maxMarginClassifier(data: Dataset, parametrization: Parametrization): MaxMargin {
  if (data.labels.length === 0) return { kind: 'no-points' };
  if (!isLinearlySeparable(data)) return { kind: 'not-separable' };
  const rows = freeRows(data.classes, parametrization);
  const columnOf = new Int32Array(data.classes).fill(-1);
  rows.forEach((k, i) => (columnOf[k] = i));
  const dimension = ROW * rows.length;

  // quadprog's arrays are 1-based: Amat[i][j] is entry i of constraint j's normal.
  const Dmat = oneBased(dimension, (i) => oneBased(dimension, (j) => (i === j ? 1 : 0)));
  const dvec = oneBased(dimension, () => 0);
  const Amat = oneBased(dimension, () => [0]);
  const bvec = [0];
  const owners: number[] = [];
  for (let n = 0; n < data.labels.length; n++) {
    const features = [1, data.x1[n], data.x2[n]];
    const own = columnOf[data.labels[n]];
    for (let k = 0; k < data.classes; k++) {
      if (k === data.labels[n]) continue;
      const rival = columnOf[k];
      for (let i = 0; i < dimension; i++) Amat[i + 1].push(0);
      const j = bvec.length;
      features.forEach((feature, f) => {
        if (own >= 0) Amat[ROW * own + f + 1][j] += feature;
        if (rival >= 0) Amat[ROW * rival + f + 1][j] -= feature;
      });
      bvec.push(1);
      owners.push(n);
    }
  }

  const result = solveQP(Dmat, dvec, Amat, bvec, 0, [0, 0]);
  if (result.message !== '' || result.solution === undefined) return { kind: 'unsolved', reason: result.message || 'no solution' };
  const free = Float64Array.from(result.solution.slice(1));
  const theta = expand(free, data.classes, parametrization);

  // Every margin checked on the answer: quadprog's tolerances are absolute, and far from unit coordinates it can
  // stop short. (It rewrites only equality rows of Amat, and there are none, so Amat is still the constraints.)
  const scale = Math.max(1, maxNorm(data.x1), maxNorm(data.x2));
  const supportVectors = new Set<number>();
  for (let j = 1; j < bvec.length; j++) {
    let margin = 0;
    for (let i = 0; i < dimension; i++) margin += Amat[i + 1][j] * free[i];
    if (!(margin >= 1 - MARGIN_TOLERANCE * scale)) return { kind: 'unsolved', reason: `a margin came out as ${margin}, below 1` };
    if (margin <= 1 + MARGIN_TOLERANCE * scale) supportVectors.add(owners[j - 1]);
  }
  const identifiable = identifiablePart(theta, data.classes);
  const length = euclideanNorm(identifiable);
  if (!(length > 0 && Number.isFinite(length))) return { kind: 'unsolved', reason: `‖θ − m‖ came out as ${length}` };
  return { kind: 'solved', theta, direction: identifiable.map((value) => value / length), supportVectors: [...supportVectors].sort((a, b) => a - b) };
}

/** A 1-based array of `length` entries (index 0 unused, as quadprog wants). */
function oneBased<T>(length: number, entry: (index: number) => T): T[] {
  return [entry(-1), ...Array.from({ length }, (_, i) => entry(i))];
}

