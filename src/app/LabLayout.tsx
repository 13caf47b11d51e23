import { lazy, Suspense, type ComponentType } from 'react';
import { PanelBoundary } from '../views/common/PanelBoundary';
import { DecisionRegionsDropTarget } from '../views/importExport/DecisionRegionsDropTarget';
import { TrainingControlsPanel } from '../views/controls/TrainingControlsPanel';
import { ModelControlsPanel } from '../views/controls/ModelControlsPanel';

// Below the plot or in the second row: not needed for the first paint, and they carry the line charts (d3-shape,
// d3-axis, d3-selection). They load right after the start bundle.
const DataPanel = lazy(() => import('../views/data/DataPanel').then((module) => ({ default: module.DataPanel })));
const TrainingCurvesPanel = lazy(() => import('../views/curves/TrainingCurvesPanel').then((module) => ({ default: module.TrainingCurvesPanel })));
const ParametersPanel = lazy(() => import('../views/parameters/ParametersPanel').then((module) => ({ default: module.ParametersPanel })));

// Its import, export and SVG/PNG code is loaded once the page is up, not in the start bundle.
const ImportExportPanel = lazy(() => import('../views/importExport/ImportExportPanel').then((module) => ({ default: module.ImportExportPanel })));
// The teaching panels (softmax worked out in float64, and the two-class sigmoid) load after the page is up too.
const NumericsPanel = lazy(() => import('../views/numerics/NumericsPanel').then((module) => ({ default: module.NumericsPanel })));
const SigmoidPanel = lazy(() => import('../views/sigmoid/SigmoidPanel').then((module) => ({ default: module.SigmoidPanel })));
// The right-hand column (contours, eigen-decompositions) is below the first screen on most displays: it loads
// after first paint, keeping the start bundle small.
const LossSurfacePanel = lazy(() => import('../views/lossSurface/LossSurfacePanel').then((module) => ({ default: module.LossSurfacePanel })));
const HessianSpectrumPanel = lazy(() => import('../views/hessianSpectrum/HessianSpectrumPanel').then((module) => ({ default: module.HessianSpectrumPanel })));
// One gradient-descent step taken apart, typeset with KaTeX: loaded after the page is up.
const SlowMotionPanel = lazy(() => import('../views/slowMotion/SlowMotionPanel').then((module) => ({ default: module.SlowMotionPanel })));
// The max-margin meter and its QP solver (quadprog, run in a worker) load after the page is up.
const MaxMarginPanel = lazy(() => import('../views/maxMargin/MaxMarginPanel').then((module) => ({ default: module.MaxMarginPanel })));

/** The lab's columns, each a list of panels with the titles they show (a failed panel keeps its title). */
const COLUMNS: readonly { readonly className: string; readonly panels: readonly [string, ComponentType][] }[] = [
  { className: 'lab-plot', panels: [['Decision regions', DecisionRegionsDropTarget], ['Data', DataPanel], ['Numerics', NumericsPanel], ['Import and export', ImportExportPanel]] },
  { className: 'lab-controls', panels: [['Training', TrainingControlsPanel], ['Model', ModelControlsPanel]] },
  { className: 'lab-insight', panels: [['Training curves', TrainingCurvesPanel], ['Max margin', MaxMarginPanel], ['Parameters', ParametersPanel], ['One step in slow motion', SlowMotionPanel], ['Two classes: the sigmoid', SigmoidPanel]] },
  { className: 'lab-surface', panels: [['Loss surface', LossSurfacePanel], ['Hessian spectrum', HessianSpectrumPanel]] },
];

/**
 * Every panel of the lab; each reads the store itself, so any subset could be shown on its own, and each has
 * its own error boundary, so a panel that fails leaves the others working.
 */
export function LabLayout() {
  return (
    <div className="lab-layout">
      {COLUMNS.map(({ className, panels }) => (
        <div key={className} className={`lab-column ${className}`}>
          {panels.map(([title, PanelContent]) => (
            <PanelBoundary key={title} title={title}>
              <Suspense fallback={<p className="loading-note">Loading {title.toLowerCase()}…</p>}>
                <PanelContent />
              </Suspense>
            </PanelBoundary>
          ))}
        </div>
      ))}
    </div>
  );
}
