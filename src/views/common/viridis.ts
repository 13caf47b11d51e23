/**
 * Viridis, the perceptually uniform colour map, as nine stops of matplotlib's table (t = 0, 1/8, …, 1) with linear
 * interpolation between them: the contour bands need a handful of colours, not d3-scale-chromatic's 16 KB of
 * tables in the start bundle.
 */
const STOPS: readonly (readonly [number, number, number])[] = [
  [0x44, 0x01, 0x54],
  [0x47, 0x2d, 0x7b],
  [0x3b, 0x52, 0x8b],
  [0x2c, 0x72, 0x8e],
  [0x21, 0x91, 0x8c],
  [0x28, 0xae, 0x80],
  [0x5e, 0xc9, 0x62],
  [0xad, 0xdc, 0x30],
  [0xfd, 0xe7, 0x25],
];

/** The colour at t ∈ [0, 1] (clamped), as "rgb(r, g, b)". */
export function viridis(t: number): string {
  const position = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (STOPS.length - 1);
  const below = Math.min(STOPS.length - 2, Math.floor(position));
  const fraction = position - below;
  const [r, g, b] = STOPS[below].map((channel, i) => Math.round(channel + fraction * (STOPS[below + 1][i] - channel)));
  return `rgb(${r}, ${g}, ${b})`;
}
