import { DecisionRegionsPanel } from '../views/decisionRegions/DecisionRegionsPanel';
import { DataPanel } from '../views/data/DataPanel';
import { TrainingControlsPanel } from '../views/controls/TrainingControlsPanel';
import { ModelControlsPanel } from '../views/controls/ModelControlsPanel';
import { TrainingCurvesPanel } from '../views/curves/TrainingCurvesPanel';
import { ParametersPanel } from '../views/parameters/ParametersPanel';
import { LossSurfacePanel } from '../views/lossSurface/LossSurfacePanel';
import { HessianSpectrumPanel } from '../views/hessianSpectrum/HessianSpectrumPanel';

/** Every panel of the lab; each reads the store itself, so any subset could be shown on its own. */
export function LabLayout() {
  return (
    <div className="lab-layout">
      <div className="lab-column lab-plot">
        <DecisionRegionsPanel />
        <DataPanel />
      </div>
      <div className="lab-column lab-controls">
        <TrainingControlsPanel />
        <ModelControlsPanel />
      </div>
      <div className="lab-column lab-insight">
        <TrainingCurvesPanel />
        <ParametersPanel />
      </div>
      <div className="lab-column lab-surface">
        <LossSurfacePanel />
        <HessianSpectrumPanel />
      </div>
    </div>
  );
}
