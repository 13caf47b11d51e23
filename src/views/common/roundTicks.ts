/**
 * d3-array's `ticks` (v3.2, ISC licence, © Mike Bostock), restated: about `count` round values (1, 2 or 5 × 10^k
 * apart) from start to stop. The decision-regions axes need it at first paint, and importing it from d3 brings
 * d3-array's whole module top level (bisectors, InternMap; ~1 KB gzipped) into the start bundle. The lazy charts
 * keep using d3 itself; `roundTicks.test.ts` checks this copy against d3's on random intervals.
 */
const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** [first index, last index, increment]: ticks are i·inc, or i / −inc when inc < 0 (exact for negative powers). */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let first: number;
  let last: number;
  let increment: number;
  if (power < 0) {
    increment = 10 ** -power / factor;
    first = Math.round(start * increment);
    last = Math.round(stop * increment);
    if (first / increment < start) ++first;
    if (last / increment > stop) --last;
    increment = -increment;
  } else {
    increment = 10 ** power * factor;
    first = Math.round(start / increment);
    last = Math.round(stop / increment);
    if (first * increment < start) ++first;
    if (last * increment > stop) --last;
  }
  if (last < first && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [first, last, increment];
}

/** Round values between `start` and `stop` (start ≤ stop), about `count` of them. */
export function roundTicks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const [first, last, increment] = tickSpec(start, stop, count);
  if (!(last >= first)) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => (increment < 0 ? (first + i) / -increment : (first + i) * increment));
}
