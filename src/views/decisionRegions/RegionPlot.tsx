import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { PlanePoint } from '../../model/regionBoundaries';
import { allClassesTied } from '../../model/regionRaster';
import { ROW } from '../../model/parameters';
import { useLab, useLabView } from '../../store/LabStoreContext';
import { classLabel } from '../common/palette';
import { useFinePointer } from '../common/useFinePointer';
import { PlotAxes } from './PlotAxes';
import { PointMarks } from './PointMarks';
import { useLongPress } from '../probe/useLongPress';
import { MaxMarginOverlay } from '../maxMargin/MaxMarginOverlay';
import { PLOT_MARGIN, plotGeometry } from '../plane/plotGeometry';
import { usePlotDomain } from './usePlotDomain';
import { heatmapPixelRatio, PRERENDER_SIDE, usePlotSide } from './usePlotSide';
import { useRegionHeatmap } from './useRegionHeatmap';

// Neither is on the first screen (the card follows the pointer, the arrows are off by default): each loads when
// first shown, and draws nothing meanwhile.
const ProbeCard = lazy(() => import('../probe/ProbeCard').then((module) => ({ default: module.ProbeCard })));
const WeightArrows = lazy(() => import('./WeightArrows').then((module) => ({ default: module.WeightArrows })));

/** Erasing removes the nearest point within this many CSS pixels of the click. */
const ERASE_RADIUS_PX = 12;
/** One arrow-key press moves the keyboard cursor by this share of the plot's width. */
const CURSOR_STEP = 0.025;

/**
 * The heatmap of P(y|x) (canvas) under the axes, points and weight arrows (SVG). Clicking adds a point of
 * the selected class, shift-click or the Erase tool removes the nearest one; with focus, the arrow keys move
 * a cursor, Enter adds (or erases) there and Delete erases. P(y|x) at the pointer, the keyboard cursor, or a
 * point probed by the Probe tool or a long touch is shown in a card beside it (and shared as the probed point).
 */
export function RegionPlot() {
  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const helpId = useId();
  const measuredSide = usePlotSide(containerRef);
  // Until measured (the prerendered page, and hydrating it) the stylesheet sizes the plot by the same rule as
  // usePlotSide and the overlay is drawn at a nominal side, scaled to fit: the layout does not move once measured.
  const measured = measuredSide > 0;
  const side = measured ? measuredSide : PRERENDER_SIDE;
  const domain = usePlotDomain();
  const geometry = useMemo(() => plotGeometry(domain, side), [domain, side]);
  const drawable = useRegionHeatmap(canvasRef, domain, measuredSide, heatmapPixelRatio());

  const data = useLab((s) => s.data);
  const tool = useLab((s) => s.view.tool);
  const selectedClass = useLab((s) => s.view.selectedClass);
  const showWeightVectors = useLab((s) => s.view.showWeightVectors);
  const accuracyPercent = useLab((s) => Math.round(s.current.accuracy * 100));
  const addPoint = useLab((s) => s.addPoint);
  const removeNearestPoint = useLab((s) => s.removeNearestPoint);
  const finePointer = useFinePointer();
  const tied = useLab((s) => allClassesTied(s.identifiable, s.identifiable.length / ROW));

  const [hover, setHover] = useState<PlanePoint | null>(null);
  const [cursor, setCursor] = useState<PlanePoint | null>(null);
  // A point probed by a tap of the Probe tool or a long touch: its card stays after the finger lifts.
  const [pinned, setPinned] = useState<PlanePoint | null>(null);
  const probeTool = useLabView((s) => s.probeTool);
  const setProbedPoint = useLabView((s) => s.setProbedPoint);

  const span = domain.x1[1] - domain.x1[0];
  const edit = (at: PlanePoint, erase: boolean) => {
    if (erase) removeNearestPoint(at.x1, at.x2, (ERASE_RADIUS_PX * span) / side);
    else addPoint(at.x1, at.x2);
  };
  const planePoint = ({ clientX, clientY }: { clientX: number; clientY: number }): PlanePoint => {
    const box = canvasRef.current!.getBoundingClientRect();
    return {
      x1: geometry.x.invert(((clientX - box.left) / box.width) * side),
      x2: geometry.y.invert(((clientY - box.top) / box.height) * side),
    };
  };
  const longPress = useLongPress(canvasRef, (clientX, clientY) => setPinned(planePoint({ clientX, clientY })), measured);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = cursor ?? centre(domain);
    const step = CURSOR_STEP * span;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    if (event.key in moves) {
      const [d1, d2] = moves[event.key];
      setCursor({ x1: clamp(at.x1 + d1, domain.x1), x2: clamp(at.x2 + d2, domain.x2) });
    } else if (event.key === 'Enter') {
      if (probeTool) setPinned(at);
      else edit(at, tool === 'erase');
    } else if (event.key === 'Delete' || event.key === 'Backspace') edit(at, true);
    else return;
    // The key was the plot's: keep it from the page's shortcuts (→ would also take a training step).
    event.preventDefault();
    event.stopPropagation();
  };

  const count = data.labels.length;
  const description =
    `Decision regions for ${data.classes} classes, ${count} ${count === 1 ? 'point' : 'points'}` +
    (count > 0 ? `; accuracy ${accuracyPercent}%` : '');
  const readoutAt = hover ?? cursor ?? pinned;
  useEffect(() => {
    if (readoutAt) setProbedPoint(readoutAt);
  }, [readoutAt, setProbedPoint]);
  const width = side + PLOT_MARGIN.left + PLOT_MARGIN.right;
  const height = side + PLOT_MARGIN.top + PLOT_MARGIN.bottom;

  return (
    <div className={measured ? 'region-plot' : 'region-plot unmeasured'} ref={containerRef}>
      <div
        className="region-plot-frame"
        style={measured ? { width, height } : undefined}
        tabIndex={0}
        role="group"
        aria-label="Point editor"
        aria-describedby={helpId}
        onFocus={(event) => {
          // A click focuses the frame too; the cursor is for keyboard users only.
          if (event.currentTarget.matches(':focus-visible')) setCursor((current) => current ?? centre(domain));
        }}
        onBlur={() => setCursor(null)}
        onKeyDown={onKeyDown}
      >
        <canvas
          ref={canvasRef}
          data-testid="decision-regions-canvas"
          role="img"
          aria-label={description}
          className={`region-canvas tool-${probeTool ? 'probe' : tool}${tied ? ' all-tied' : ''}`}
          style={measured ? { left: PLOT_MARGIN.left, top: PLOT_MARGIN.top, width: side, height: side } : undefined}
          onClick={(event) => {
            if (longPress.consumeClick()) return;
            if (probeTool) return setPinned(planePoint(event));
            setPinned(null);
            edit(planePoint(event), tool === 'erase' || event.shiftKey);
          }}
          // A finger covers the point it touches: touch probes by the Probe tool or a long press instead.
          onPointerMove={(event) => setHover(event.pointerType === 'touch' ? null : planePoint(event))}
          onPointerLeave={() => setHover(null)}
        />
        <svg {...(measured ? { width, height } : { viewBox: `0 0 ${side} ${side}` })} className="region-overlay" aria-hidden="true">
          <PlotArea measured={measured}>
            <PlotAxes geometry={geometry} />
            <PointMarks data={data} geometry={geometry} />
            {showWeightVectors && (
              <Suspense fallback={null}>
                <WeightArrows geometry={geometry} />
              </Suspense>
            )}
            <MaxMarginOverlay geometry={geometry} />
            {cursor && <Crosshair x={geometry.x(cursor.x1)} y={geometry.y(cursor.x2)} />}
          </PlotArea>
        </svg>
        {readoutAt && (
          <Suspense fallback={null}>
            <ProbeCard at={readoutAt} geometry={geometry} />
          </Suspense>
        )}
        {!drawable && (
          <p className="region-plot-warning" role="status">
            θ is too large for its logits to be computed here; the regions are not drawn. Press Reset, or add L2.
          </p>
        )}
      </div>
      {tied && (
        <p className="region-plot-note">
          Grey: every class ties everywhere (P = 1/{data.classes} for each), because all rows of θ are equal, as at θ = 0.
        </p>
      )}
      <div className="region-plot-readout">
        <p id={helpId} className="region-plot-help">
          {editHint(probeTool ? 'probe' : tool, classLabel(selectedClass).toLowerCase(), finePointer)}{' '}
          Keyboard: focus the plot, move the cursor with the arrow keys, Enter {probeTool ? 'probes' : tool === 'erase' ? 'erases' : 'adds'}, Delete erases.
        </p>
      </div>
    </div>
  );
}

/** What a click or tap does with the current tool; shift-click and hovering exist only where there is a mouse. */
function editHint(tool: 'add' | 'erase' | 'probe', className: string, finePointer: boolean): string {
  if (tool === 'probe') return `${finePointer ? 'Click' : 'Tap'} the plot to see P(y|x) there; no point is added.`;
  if (tool === 'erase') return finePointer ? 'Click a point to erase it.' : 'Tap a point to erase it.';
  return finePointer
    ? `Point at the plot to see P(y|x) there. Click to add a point of ${className}; shift-click erases the nearest point.`
    : `Tap to add a point of ${className}; to erase, choose Erase. Touch and hold (or choose Probe) to see P(y|x) there.`;
}

/**
 * The plot area inside the overlay: measured, the overlay spans the margins too and this moves past them; not yet
 * measured, the stylesheet lays the overlay over the plot area itself, its view box the nominal side.
 */
function PlotArea({ measured, children }: { measured: boolean; children: ReactNode }) {
  return <g transform={measured ? `translate(${PLOT_MARGIN.left},${PLOT_MARGIN.top})` : undefined}>{children}</g>;
}

function Crosshair({ x, y }: { x: number; y: number }) {
  return (
    <g className="plot-cursor" transform={`translate(${x},${y})`}>
      <circle r={ERASE_RADIUS_PX} fill="none" stroke="#1b1f24" strokeWidth={1.5} />
      <path d="M-18,0H-6M6,0H18M0,-18V-6M0,6V18" stroke="#1b1f24" strokeWidth={1.5} />
    </g>
  );
}

const centre = (domain: { x1: readonly [number, number]; x2: readonly [number, number] }): PlanePoint => ({
  x1: (domain.x1[0] + domain.x1[1]) / 2,
  x2: (domain.x2[0] + domain.x2[1]) / 2,
});

const clamp = (value: number, [low, high]: readonly [number, number]) => Math.min(high, Math.max(low, value));
