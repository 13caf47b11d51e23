import { OPTIMIZERS } from '../../model/optimizers';
import { useLab } from '../../store/LabStoreContext';
import { describeLastStep } from './lastStepReport';
import { OptimizerSettingsFields } from './OptimizerSettingsFields';

/** The Optimizer select and, beside it, only the settings the chosen optimiser reads; all apply mid-run. */
export function OptimizerFields() {
  const optimizer = useLab((s) => s.optimizer);
  const setOptimizer = useLab((s) => s.setOptimizer);
  const pointCount = useLab((s) => s.data.labels.length);
  const lastStep = useLab((s) => s.lastStep);
  const lastStepReport = OPTIMIZERS[optimizer.kind].lineSearch ? describeLastStep(lastStep) : null;

  return (
    <fieldset className="controls-group">
      <legend>Optimizer settings</legend>
      <div className="controls-grid">
        <OptimizerSettingsFields optimizer={optimizer} onChange={setOptimizer} pointCount={pointCount} markStableStep />
      </div>
      <p className="controls-note controls-description">{OPTIMIZERS[optimizer.kind].description}</p>
      {lastStepReport && (
        <p className="controls-note controls-last-step">
          {lastStepReport}
        </p>
      )}
    </fieldset>
  );
}
