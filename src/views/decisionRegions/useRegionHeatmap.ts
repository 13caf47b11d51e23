import { useEffect, useState, type RefObject } from 'react';
import { shallow } from 'zustand/shallow';
import { ROW } from '../../model/parameters';
import type { PlotDomain } from '../../model/plotDomain';
import { decisionBoundaries, type BoundarySegment } from '../../model/regionBoundaries';
import { useLabStore } from '../../store/LabStoreContext';
import { startJobWorker, type JobWorker } from '../../store/jobWorker';
import type { RasterJob, RasterResult } from './rasterJob';
import { COARSE_FACTOR, planRaster, type DrawnRaster } from './rasterPlan';
import { createRegionRaster, type RegionPaintRequest, type RegionRaster } from './regionRaster';
import { REGION_COLORS } from './regionColors';

const BOUNDARY_COLOR = 'rgba(27, 31, 36, 0.8)';
/** Boundary width in CSS pixels. */
const BOUNDARY_WIDTH = 1.5;

/**
 * Paints P(y|x) into the canvas at its full device resolution (side × pixelRatio pixels square), with the
 * decision boundaries on top. Redraws through a transient store subscription, at most once per animation
 * frame, so training never re-renders React for it. Returns false while θ is too large to draw.
 *
 * While training plays, the pixels are computed in a worker (one job at a time, always for the newest θ), so
 * the several milliseconds a full-resolution raster takes leave the main thread free for the frame. Otherwise
 * (a step, a shift, an edit) they are computed here, so the canvas shows the new θ on the next frame.
 * planRaster decides each frame whether to paint at all (not when the change is invisible) and how finely
 * (coarse while θ sweeps fast, painted here in a fraction of the time); stopped, the picture is always exact.
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
    const raster = createRegionRaster(size);
    const coarse = createRegionRaster(Math.max(1, Math.ceil(size / COARSE_FACTOR)));
    if (context === null || raster === null || coarse === null) return;
    /** What the canvas shows, and the θ of the previous frame (how fast θ moves). */
    let drawn: DrawnRaster | null = null;
    let previousFrame: Float64Array | null = null;

    let worker: JobWorker<RasterJob> | null = null;
    let workerFailed = false;
    /** The buffer the worker fills; null while it is in the worker. */
    let spare: ArrayBuffer | null = new ArrayBuffer(size * size * 4);
    /** The newest raster asked for: an older one that finishes later is not shown. */
    let latestId = 0;
    let inFlight: { id: number; request: RegionPaintRequest } | null = null;
    let redrawAfterFlight = false;

    // Pictures come from θ − m: the same probabilities as θ, exact however large the class-mean m is.
    const paintRequest = (): RegionPaintRequest => {
      const { identifiable, view } = store.getState();
      return { theta: identifiable, classes: identifiable.length / ROW, domain, mode: view.argmaxOnly ? 'argmax' : 'blend', colors: REGION_COLORS };
    };
    const finish = (request: RegionPaintRequest, shown: RegionRaster, ok: boolean) => {
      shown.drawOnto(context, size);
      const { theta } = request;
      if (ok) strokeBoundaries(context, decisionBoundaries(theta, theta.length / ROW, domain), domain, size, pixelRatio);
      drawn = { theta, mode: request.mode, resolution: shown === raster ? 'full' : 'coarse' };
      // The signal the e2e tests wait on: what the canvas shows now ("full" once a stopped run's exact picture is in).
      canvas.dataset.raster = drawn.resolution;
      setDrawable(ok);
    };
    const drawHere = (request: RegionPaintRequest, target: RegionRaster) => {
      latestId++;
      finish(request, target, target.paint(request));
    };
    const onResult = ({ id, buffer, drawn: ok }: RasterResult) => {
      const request = inFlight?.request;
      inFlight = null;
      spare = buffer;
      if (id === latestId && request !== undefined) {
        raster.accept(buffer);
        finish(request, raster, ok);
      }
      if (redrawAfterFlight) {
        redrawAfterFlight = false;
        schedule();
      }
    };
    const drawInWorker = (target: JobWorker<RasterJob>, paint: RegionPaintRequest) => {
      if (inFlight !== null || spare === null) {
        redrawAfterFlight = true;
        return;
      }
      inFlight = { id: ++latestId, request: paint };
      target.post({ id: latestId, request: raster.request(paint), buffer: spare }, [spare]);
      spare = null;
    };
    const workerForPlay = (): JobWorker<RasterJob> | null => {
      if (worker === null && !workerFailed) {
        worker = startJobWorker<RasterJob, RasterResult>(
          () => new Worker(new URL('./rasterWorker.ts', import.meta.url), { type: 'module' }),
          onResult,
          () => {
            // Without the worker, every raster is drawn here: slower while playing, but the same pixels.
            worker = null;
            workerFailed = true;
            inFlight = null;
            spare = new ArrayBuffer(size * size * 4);
            drawHere(paintRequest(), raster);
          },
        );
        if (worker === null) workerFailed = true;
      }
      return worker;
    };
    const draw = () => {
      const request = paintRequest();
      const { playing } = store.getState();
      const plan = planRaster(drawn, previousFrame, request.theta, request.mode, domain, playing);
      previousFrame = request.theta;
      if (plan === 'skip') return;
      if (plan === 'coarse') return drawHere(request, coarse);
      const target = playing ? workerForPlay() : null;
      if (target === null) drawHere(request, raster);
      else drawInWorker(target, request);
    };

    let frame: number | null = null;
    function schedule() {
      frame ??= requestAnimationFrame(() => {
        frame = null;
        draw();
      });
    }
    draw();
    const unsubscribe = store.subscribe((s) => [s.identifiable, s.view.argmaxOnly, s.data, s.playing], schedule, { equalityFn: shallow });
    return () => {
      unsubscribe();
      if (frame !== null) cancelAnimationFrame(frame);
      worker?.terminate();
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
