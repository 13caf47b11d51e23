import { OPTIMIZER_KINDS, type NewtonSingularTreatment, type OptimizerKind } from '../../model/optimizers';
import { useLab } from '../../store/LabStoreContext';
import { NumberField } from '../common/NumberField';
import { describeLastStep } from './lastStepReport';
import { OPTIMIZER_DESCRIPTIONS, OPTIMIZER_LABELS, relevantOptimizerSettings } from './optimizerInfo';
import { SelectField, type SelectOption } from './SelectField';

const OPTIMIZER_OPTIONS: readonly SelectOption<OptimizerKind>[] = OPTIMIZER_KINDS.map((kind) => ({ value: kind, label: OPTIMIZER_LABELS[kind] }));

const TREATMENT_OPTIONS: readonly SelectOption<NewtonSingularTreatment>[] = [
  { value: 'pseudoinverse', label: 'Pseudo-inverse' },
  { value: 'damping', label: 'Damping' },
];

const TREATMENT_HINTS: Record<NewtonSingularTreatment, string> = {
  pseudoinverse: 'No step along zero-curvature directions',
  damping: 'Adds μ to every eigenvalue',
};

const positive = (value: number) => (value > 0 ? null : 'Must be greater than 0');
const belowOne = (value: number) => (value < 1 ? null : 'Must be below 1');

/** The Optimizer select and, beside it, only the settings the chosen optimiser reads; all apply mid-run. */
export function OptimizerFields() {
  const optimizer = useLab((s) => s.optimizer);
  const setOptimizer = useLab((s) => s.setOptimizer);
  const pointCount = useLab((s) => s.data.labels.length);
  const lastStep = useLab((s) => s.lastStep);
  const relevant = relevantOptimizerSettings(optimizer);
  const lastStepReport = optimizer.kind === 'newton' || optimizer.kind === 'lbfgs' ? describeLastStep(lastStep) : null;

  return (
    <fieldset className="controls-group">
      <legend>Optimizer settings</legend>
      <div className="controls-grid">
        <SelectField label="Optimizer" value={optimizer.kind} options={OPTIMIZER_OPTIONS} onChange={(kind) => setOptimizer({ kind })} />
        {relevant.has('learningRate') && (
          <NumberField
            label="Learning rate"
            value={optimizer.learningRate}
            onChange={(learningRate) => setOptimizer({ learningRate })}
            logSlider={{ minExponent: -4, maxExponent: 1 }}
            validate={positive}
          />
        )}
        {relevant.has('batchSize') && (
          <NumberField
            label="Batch size"
            value={optimizer.batchSize}
            onChange={(batchSize) => setOptimizer({ batchSize })}
            min={0}
            step={1}
            integer
            hint={`0 = all ${pointCount} points`}
          />
        )}
        {relevant.has('momentum') && (
          <NumberField label="Momentum β" value={optimizer.momentum} onChange={(momentum) => setOptimizer({ momentum })} min={0} validate={belowOne} />
        )}
        {relevant.has('beta1') && (
          <NumberField label="Adam β1" value={optimizer.beta1} onChange={(beta1) => setOptimizer({ beta1 })} min={0} validate={belowOne} />
        )}
        {relevant.has('beta2') && (
          <NumberField label="Adam β2" value={optimizer.beta2} onChange={(beta2) => setOptimizer({ beta2 })} min={0} validate={belowOne} />
        )}
        {relevant.has('newtonTreatment') && (
          <SelectField
            label="Singular Hessian"
            value={optimizer.newtonTreatment}
            options={TREATMENT_OPTIONS}
            onChange={(newtonTreatment) => setOptimizer({ newtonTreatment })}
            hint={TREATMENT_HINTS[optimizer.newtonTreatment]}
          />
        )}
        {relevant.has('damping') && (
          <NumberField
            label="Damping μ"
            value={optimizer.damping}
            onChange={(damping) => setOptimizer({ damping })}
            logSlider={{ minExponent: -6, maxExponent: 1 }}
            validate={positive}
          />
        )}
      </div>
      <p className="controls-note controls-description">{OPTIMIZER_DESCRIPTIONS[optimizer.kind]}</p>
      {lastStepReport && (
        <p className="controls-note controls-last-step">
          {lastStepReport}
        </p>
      )}
    </fieldset>
  );
}
