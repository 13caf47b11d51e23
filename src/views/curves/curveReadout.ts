import { format } from 'd3';
import type { CurveSample } from '../../model/curveHistory';
import { formatNumber } from '../common/format';

const plain = format('~g');
const exponential = format('~e');

/** An axis tick: plain for ordinary magnitudes, 1e−5 style for tiny or huge ones. */
export function formatTick(value: number): string {
  const magnitude = Math.abs(value);
  const text = magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e5) ? exponential(value) : plain(value);
  return text.replace('-', '−');
}

export const formatPercentTick = format('.0%');

export function formatPercent(fraction: number): string {
  return Number.isFinite(fraction) ? `${(100 * fraction).toFixed(1)}%` : '—';
}

/** One sentence with every curve's value at a sample, for the read-out and screen readers. */
export function describeSample(sample: CurveSample): string {
  return `Step ${sample.step}: loss ${formatNumber(sample.loss, 4)}, gradient norm ${formatNumber(sample.gradNorm, 4)}, accuracy ${formatPercent(sample.accuracy)}`;
}
