import type { CurveSample } from '../../model/curveHistory';
import { formatCount, formatNumber, formatShortest } from '../common/format';

/** An axis tick: the one formatter's text without trailing zeros (0.5, 1e−5, 2e5). */
export function formatTick(value: number): string {
  return formatShortest(value, 6);
}

/** A fraction as a whole percentage, for the accuracy axis. */
export function formatPercentTick(fraction: number): string {
  return `${formatCount(100 * fraction)}%`;
}

export function formatPercent(fraction: number): string {
  return Number.isFinite(fraction) ? `${formatNumber(100 * fraction, 1)}%` : '—';
}

/** One sentence with every curve's value at a sample, for the read-out and screen readers. */
export function describeSample(sample: CurveSample): string {
  return `Step ${sample.step}: loss ${formatNumber(sample.loss, 4)}, gradient norm ${formatNumber(sample.gradNorm, 4)}, accuracy ${formatPercent(sample.accuracy)}`;
}
