import { ticks } from 'd3';

/**
 * Tick values for the step axis over [low, high]: whole steps only (a step has no halves), at most about
 * `count` of them, so a wide chart over the first few steps labels each step rather than 0.5, 1, 1.5, ….
 */
export function stepTickValues(low: number, high: number, count: number): number[] {
  const span = Math.max(1, Math.floor(high - low));
  return ticks(low, high, Math.max(1, Math.min(count, span))).filter(Number.isInteger);
}
