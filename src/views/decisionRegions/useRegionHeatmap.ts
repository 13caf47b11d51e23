import { useEffect, useState, type RefObject } from 'react';
import { shallow } from 'zustand/vanilla/shallow';
import { ROW } from '../../model/parameters';
import type { PlotDomain } from '../../model/plotDomain';
import { decisionBoundaries, type BoundarySegment } from '../../model/regionBoundaries';
import { rasterizeRegions } from '../../model/regionRaster';
import { useLabStore } from '../../store/LabStoreContext';
import { REGION_COLORS } from './regionColors';

const BOUNDARY_COLOR = 'rgba(27, 31, 36, 0.8)';
/** Boundary width in CSS pixels. */
const BOUNDARY_WIDTH = 1.5;

/**
 * Paints P(y|x) into the canvas at its full device resolution (side × pixelRatio pixels square), with the
 * decision boundaries on top. Redraws through a transient store subscription, at most once per animation
 * frame, so training never re-renders React for it. Returns false while θ is too large to draw.
 */
export function useRegionHeatmap(canvasRef: RefObject<HTMLCanvasElement | null>, domain: PlotDomain, side: number, pixelRatio: number): boolean {
  const store = useLabStore();
  const [drawable, setDrawable] = useState(true);

  useEffect(() => {
    const canvas = canvasRef.current;
    const size = Math.round(side * pixelRatio);
    if (canvas === null || size <= 0) return;
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d');
    if (context === null) return;
    const image = context.createImageData(size, size);
    const pixels = new Uint32Array(image.data.buffer);

    const draw = () => {
      const { theta, view } = store.getState();
      const classes = theta.length / ROW;
      const drawn = rasterizeRegions({ theta, classes, domain, width: size, height: size, mode: view.argmaxOnly ? 'argmax' : 'blend', colors: REGION_COLORS }, pixels);
      context.putImageData(image, 0, 0);
      if (drawn) strokeBoundaries(context, decisionBoundaries(theta, classes, domain), domain, size, pixelRatio);
      setDrawable(drawn);
    };

    let frame: number | null = null;
    const schedule = () => {
      frame ??= requestAnimationFrame(() => {
        frame = null;
        draw();
      });
    };
    draw();
    const unsubscribe = store.subscribe((s) => [s.theta, s.view.argmaxOnly, s.data], schedule, { equalityFn: shallow });
    return () => {
      unsubscribe();
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [store, canvasRef, domain, side, pixelRatio]);

  return drawable;
}

function strokeBoundaries(context: CanvasRenderingContext2D, segments: BoundarySegment[], domain: PlotDomain, size: number, pixelRatio: number): void {
  const toX = (x1: number) => ((x1 - domain.x1[0]) / (domain.x1[1] - domain.x1[0])) * size;
  const toY = (x2: number) => ((domain.x2[1] - x2) / (domain.x2[1] - domain.x2[0])) * size;
  context.beginPath();
  for (const { from, to } of segments) {
    context.moveTo(toX(from.x1), toY(from.x2));
    context.lineTo(toX(to.x1), toY(to.x2));
  }
  context.strokeStyle = BOUNDARY_COLOR;
  context.lineWidth = BOUNDARY_WIDTH * pixelRatio;
  context.lineCap = 'round';
  context.stroke();
}
