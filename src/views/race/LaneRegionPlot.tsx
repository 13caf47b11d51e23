import { useEffect, useRef } from 'react';
import type { Rgb } from '../../model/regionRaster';
import { sameEntries } from '../decisionRegions/rasterPlan';
import { createRegionRaster } from '../decisionRegions/regionRaster';
import type { RaceState } from '../../store/race/createRaceStore';
import { useRaceStore } from '../../store/race/RaceStoreContext';
import { createFrameThrottle } from '../common/frameThrottle';
import { classColor, classRgb } from '../common/palette';
import { CHART_INTERVAL_MS, watchReadout } from '../common/readoutThrottle';
import { useElementWidth } from '../common/useElementWidth';
import { laneMarkers } from './laneMarkers';

/** Pixels per side of the probability raster; the canvas scales it to its width, and draws the points sharp on top. */
const RASTER_SIZE = 160;
/** Class colours mixed this far towards white, so the points stand out against their own region. */
const TINT = 0.45;

function tinted(k: number): Rgb {
  const mix = (c: number) => Math.round(c + (255 - c) * TINT);
  const [r, g, b] = classRgb(k);
  return [mix(r), mix(g), mix(b)];
}

interface LanePicture {
  readonly theta: Float64Array | undefined;
  readonly points: RaceState['points'];
  readonly domain: RaceState['domain'];
  readonly data: RaceState['data'];
}

function samePicture(a: LanePicture, b: LanePicture): boolean {
  const sameTheta = a.theta === b.theta || (a.theta !== undefined && b.theta !== undefined && sameEntries(a.theta, b.theta));
  return sameTheta && a.points === b.points && a.domain === b.domain && a.data === b.data;
}

/**
 * One lane's decision regions: each pixel blends the class colours by P(y=k|x), under the data points drawn in
 * the lab's class shapes. Redrawn through a throttled store subscription (the read-out path), not by React, and
 * only when the picture changes (θ's numbers, the points): every frame publishes fresh copies of every lane's θ,
 * and a stopped lane must not repaint.
 */
export function LaneRegionPlot({ index, label }: { index: number; label: string }) {
  const store = useRaceStore();
  const frameRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useElementWidth(frameRef, 200);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null || width === 0) return;
    const context = canvas.getContext('2d');
    const raster = createRegionRaster(RASTER_SIZE);
    if (context === null || raster === null) return;
    const scale = window.devicePixelRatio || 1;
    const size = Math.round(width * scale);
    canvas.width = size;
    canvas.height = size;

    const draw = (state: RaceState) => {
      const lane = state.lanes[index];
      if (lane === undefined) return;
      const { classes } = state.data;
      const colors = Array.from({ length: classes }, (_, k) => tinted(k));
      raster.paint({ theta: lane.theta, classes, domain: state.domain, mode: 'blend', colors });
      raster.drawOnto(context, size);
      const radius = Math.max(2, size / 90);
      context.lineWidth = Math.max(0.75, radius / 3);
      context.strokeStyle = '#fff';
      for (const marker of laneMarkers(state.points, state.domain, size, radius)) {
        const shape = new Path2D(marker.path);
        context.fillStyle = classColor(marker.label);
        context.fill(shape);
        context.stroke(shape);
      }
    };
    const picture = (state: RaceState) => ({ theta: state.lanes[index]?.theta, points: state.points, domain: state.domain, data: state.data });
    let drawn = picture(store.getState());
    draw(store.getState());
    // On the read-out path: at the charts' pace while the race plays, at once when it stands still.
    const redraw = (next: ReturnType<typeof picture>) => {
      if (samePicture(drawn, next)) return;
      drawn = next;
      draw(store.getState());
    };
    return watchReadout(store, picture, redraw, (task) => createFrameThrottle(task, CHART_INTERVAL_MS));
  }, [store, index, width]);

  return (
    <div ref={frameRef} className="race-region-frame">
      <canvas ref={canvasRef} className="race-region-canvas" role="img" aria-label={`Decision regions of ${label}`} style={{ width, height: width }} />
    </div>
  );
}
