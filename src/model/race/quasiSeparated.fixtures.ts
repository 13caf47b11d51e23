import type { Point } from '../dataset';

// Two point sets whose classes only touch (quasi-complete separation): the line x1 = 0 puts every point on its
// class's side or on the line, where both classes have points. J without L2 has an infimum and no minimiser.

/** quasi9: class 0 left of x1 = 0, class 1 right of it, and the line itself holding (0, 0), (0, 1) of class 0 and (0, 0.5) of class 1. */
export const QUASI9: readonly Point[] = [
  { x1: -1, x2: 0, label: 0 },
  { x1: -1, x2: 1, label: 0 },
  { x1: -2, x2: -1, label: 0 },
  { x1: 0, x2: 0, label: 0 },
  { x1: 0, x2: 1, label: 0 },
  { x1: 1, x2: 0, label: 1 },
  { x1: 1, x2: 1, label: 1 },
  { x1: 2, x2: -1, label: 1 },
  { x1: 0, x2: 0.5, label: 1 },
];

/** quasi8: the same split, with (0, 0) in both classes. */
export const QUASI8: readonly Point[] = [
  { x1: -1, x2: 0, label: 0 },
  { x1: -1, x2: 1, label: 0 },
  { x1: -2, x2: -1, label: 0 },
  { x1: 0, x2: 0, label: 0 },
  { x1: 1, x2: 0, label: 1 },
  { x1: 1, x2: 1, label: 1 },
  { x1: 2, x2: -1, label: 1 },
  { x1: 0, x2: 0, label: 1 },
];
