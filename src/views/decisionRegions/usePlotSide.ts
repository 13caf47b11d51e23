import { useLayoutEffect, useState, type RefObject } from 'react';
import { PLOT_MARGIN } from '../plane/plotGeometry';

/**
 * The rule's bounds in CSS pixels. decisionRegions.css (.region-plot.unmeasured) writes the same rule, which sizes
 * the prerendered plot before any script runs: change both together (usePlotSide.test.ts compares them).
 */
export const PLOT_SIDE_RULE = {
  smallest: 160,
  largest: 640,
  /** Height kept for the page header, the panel's title and tools, the axes and the read-out below the plot. */
  heightAround: 260,
  /** However short the window, a plot smaller than this is too small to work with: the page scrolls instead. */
  smallestHeightBound: 300,
} as const;

/** The side the overlay is drawn at before the plot is measured (scaled by the stylesheet to the real side). */
export const PRERENDER_SIDE = 480;

/**
 * The side of the square plot area in CSS pixels: as wide as the container allows (less the axes' margin)
 * and short enough that the whole panel fits the window's height (a projected class sees all of it), within
 * bounds; follows the container and the window as they resize; 0 until measured (always 0 on the server).
 */
export function usePlotSide(containerRef: RefObject<HTMLElement | null>): number {
  const [side, setSide] = useState(0);
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    const measure = () => {
      const { smallest, largest, heightAround, smallestHeightBound } = PLOT_SIDE_RULE;
      const byWidth = container.clientWidth - PLOT_MARGIN.left - PLOT_MARGIN.right;
      const byHeight = Math.max(smallestHeightBound, window.innerHeight - heightAround);
      setSide(Math.floor(Math.min(largest, byHeight, Math.max(smallest, byWidth))));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(container);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [containerRef]);
  return side;
}

/** Device pixels per CSS pixel for the heatmap, capped at 2: sharper than that costs 2.25× the time for little. */
export function heatmapPixelRatio(): number {
  if (typeof window === 'undefined') return 1;
  return Math.min(2, Math.max(1, window.devicePixelRatio || 1));
}
