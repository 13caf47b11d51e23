import { roundTicks } from './roundTicks';

/**
 * A linear map from a data interval onto a pixel interval, with its inverse and d3's tick values. d3's
 * scaleLinear does the same but brings d3-scale, d3-interpolate, d3-color and d3-format (~10 KB gzipped) into
 * the start bundle, where the decision-regions plot needs only this.
 */
export interface LinearScale {
  (value: number): number;
  invert(pixel: number): number;
  /** About `count` round values inside the domain (d3's ticks, so the same values d3's scale would give). */
  ticks(count: number): number[];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  // A zero-width domain maps everything to the middle of the range, as d3's scale does.
  const slope = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = (value: number) => (slope === 0 ? (r0 + r1) / 2 : r0 + (value - d0) * slope);
  scale.invert = (pixel: number) => (slope === 0 ? d0 : d0 + (pixel - r0) / slope);
  scale.ticks = (count: number) => roundTicks(Math.min(d0, d1), Math.max(d0, d1), count);
  return scale;
}
