import { CsvError } from './csvError';
import type { Point } from './dataset';
import { formatNumber } from './numberFormat';

/**
 * The largest |x1| or |x2| the app and `fit` accept. Gradient steps and the Hessian (a mean of P·(1 − P)·x̃ x̃ᵀ)
 * need products of two coordinates, which overflow float64 (1.8e308) from about 1.3e154; a margin below that
 * keeps the eigenvalues and the optimisers' own products finite too.
 */
export const LARGEST_COORDINATE = 1e150;

/** Why a larger coordinate is refused, as a clause for error messages. */
export const COORDINATE_OVERFLOW = 'products of coordinates (x̃ x̃ᵀ in the Hessian) would overflow float64';
/** What to do about it. */
export const RESCALE_ADVICE = 'rescale the data (standardise x1 and x2)';

/** Throws a CsvError naming the line and field of the first coordinate beyond ±LARGEST_COORDINATE. */
export function checkCoordinates(points: readonly Point[], lines: readonly number[], source: string): void {
  points.forEach((point, n) => {
    for (const field of ['x1', 'x2'] as const) {
      const value = point[field];
      if (Math.abs(value) <= LARGEST_COORDINATE) continue;
      const problem = `${formatNumber(value, 4)} is beyond ±${formatNumber(LARGEST_COORDINATE, 1)}: ${COORDINATE_OVERFLOW}; ${RESCALE_ADVICE}`;
      throw new CsvError(source, lines[n], field, problem);
    }
  });
}
