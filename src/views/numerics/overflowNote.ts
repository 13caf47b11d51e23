import { formatNumber } from '../common/format';
import { EXP_OVERFLOW } from '../../model/softmaxSteps';

/**
 * What the Numerics panel says when the naive softmax breaks (teaching-math §7), by how it breaks: one exponent
 * overflowing, or only their sum.
 */
export function overflowNote(kind: 'exp' | 'sum', classes: number): string {
  const limit = formatNumber(EXP_OVERFLOW, 2);
  if (kind === 'exp') {
    return `overflow: exp(z) is ∞ in float64 above z ≈ ${limit}. The class whose exp overflows gets ∞/∞ = NaN; the others get finite/∞ = 0.`;
  }
  return (
    `overflow in the sum: every exp(z_k) is finite, but their sum is above the largest float64 (about 1.8e308) and is ∞, ` +
    `so every naive P is finite/∞ = 0, with no ∞ or NaN to warn you. It can happen once the largest z is above ${limit} − ln K ≈ ${formatNumber(EXP_OVERFLOW - Math.log(classes), 2)}.`
  );
}
