import { lazy, Suspense } from 'react';
import type { PlotGeometry } from '../plane/plotGeometry';
import { useSvmOverlayShown } from './svmOverlayStore';

// The drawing (and the solver behind it) loads only once someone asks for it.
const SvmBoundaries = lazy(() => import('./SvmBoundaries').then((module) => ({ default: module.SvmBoundaries })));

/** The max-margin SVM's boundaries over the decision regions, while the Max margin panel's checkbox is ticked. */
export function MaxMarginOverlay({ geometry }: { geometry: PlotGeometry }) {
  const shown = useSvmOverlayShown();
  if (!shown) return null;
  return (
    <Suspense fallback={null}>
      <SvmBoundaries geometry={geometry} />
    </Suspense>
  );
}
