import type { Objective } from './objective';
import { copyInto, copySplitPoint, type SplitPoint } from './splitPoint';

/** An objective that can answer the next full-batch evaluation at a remembered point from memory. */
export interface ReusingObjective {
  readonly objective: Objective;
  /** J = `loss` and ∇J = `gradient` at `point` (all copied): the next full evaluation there returns them. */
  remember(point: SplitPoint, gradient: SplitPoint, loss: number): void;
  forget(): void;
}

/**
 * Every optimiser's step starts with J and ∇J over all points at θ. The lab has just evaluated them at that θ to
 * show them, so the step reuses them instead of computing them a second time: one evaluation per frame, not two.
 * Only an exact match is reused (same point, every point, a gradient asked for), and only once.
 */
export function reusingEvaluation(objective: Objective): ReusingObjective {
  let remembered: { readonly at: SplitPoint; readonly gradient: SplitPoint; readonly loss: number } | null = null;
  const reusing: Objective = {
    ...objective,
    evaluateParts(point, gradient, batch) {
      const hit = remembered;
      remembered = null;
      if (hit === null || batch !== undefined || gradient === undefined || !samePoint(point, hit.at)) return objective.evaluateParts(point, gradient, batch);
      copyInto(gradient, hit.gradient);
      return hit.loss;
    },
  };
  return {
    objective: reusing,
    remember(point, gradient, loss) {
      remembered = { at: copySplitPoint(point), gradient: copySplitPoint(gradient), loss };
    },
    forget() {
      remembered = null;
    },
  };
}

function samePoint(a: SplitPoint, b: SplitPoint): boolean {
  return sameValues(a.free, b.free) && sameValues(a.offset, b.offset);
}

function sameValues(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}
