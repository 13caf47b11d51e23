/** A marker's radius while the points are few, in CSS pixels. */
export const MARKER_RADIUS = 4.5;
/** Many points shrink their markers to this radius and no further: below it a marker is a dot, not a shape. */
export const SMALLEST_MARKER_RADIUS = 1.5;
/**
 * The share of the plot the markers may cover (counted as if spread evenly) before they shrink: about 500 points
 * on a 540 px plot. Real data sit in clusters, so a cluster's markers overlap long before this share.
 */
const MARKER_COVER = 0.11;

export interface MarkerSize {
  readonly radius: number;
  /**
   * The dark outline's width, and its opacity: both fall with the radius, so dense clusters keep their class
   * colour instead of turning black (a class's markers are one path, painted once: overlaps do not add up).
   */
  readonly outline: number;
  readonly outlineOpacity: number;
}

/**
 * Marker size for `count` points on a plot `side` pixels wide: full size while the markers cover at most
 * MARKER_COVER of the plot, then a radius shrinking like 1/√count (constant covered area), down to
 * SMALLEST_MARKER_RADIUS. The outline's width and opacity shrink in proportion.
 * @example markerSize(200, 540) → { radius: 4.5, outline: 1, outlineOpacity: 1 }; markerSize(10_000, 540).radius → 1.5
 */
export function markerSize(count: number, side: number): MarkerSize {
  const even = count > 0 && side > 0 ? side * Math.sqrt(MARKER_COVER / (Math.PI * count)) : MARKER_RADIUS;
  const radius = Math.min(MARKER_RADIUS, Math.max(SMALLEST_MARKER_RADIUS, even));
  const scale = radius / MARKER_RADIUS;
  return { radius, outline: scale, outlineOpacity: scale };
}
