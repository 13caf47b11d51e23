import { OPTIMIZER_KINDS, OPTIMIZERS, stepsOnMiniBatches, type OptimizerKind, type OptimizerSettings } from '../../model/optimizers';
import { NumberField } from '../common/NumberField';
import { LearningRateField } from './LearningRateField';
import { NUMERIC_SETTING_FIELDS, relevantOptimizerSettings, settingLabel, TREATMENT_LABEL, TREATMENT_OPTIONS } from './optimizerInfo';
import { SelectField, type SelectOption } from './SelectField';

export const OPTIMIZER_OPTIONS: readonly SelectOption<OptimizerKind>[] = OPTIMIZER_KINDS.map((kind) => ({ value: kind, label: OPTIMIZERS[kind].label }));

interface OptimizerSettingsFieldsProps {
  optimizer: OptimizerSettings;
  onChange(change: Partial<OptimizerSettings>): void;
  /** Whose settings these are, prefixed to every label ("Lane 2 optimizer"); plain labels when absent. */
  owner?: string;
  /** The points a full batch holds, for the batch-size hint. */
  pointCount?: number;
  /** A lane card has no room for sliders and hints. */
  compact?: boolean;
  /** Marks the lab's stable GD step 2/hₘₐₓ(H) on the learning rate (read from the lab's store). */
  markStableStep?: boolean;
}

/**
 * The Optimizer select and only the settings the chosen optimiser reads, from one table: the lab's panel and
 * every race lane show the same fields with the same rules.
 */
export function OptimizerSettingsFields({ optimizer, onChange, owner, pointCount, compact = false, markStableStep = false }: OptimizerSettingsFieldsProps) {
  const relevant = relevantOptimizerSettings(optimizer);
  const numeric = (setting: keyof typeof NUMERIC_SETTING_FIELDS) => {
    if (!relevant.has(setting)) return null;
    const field = NUMERIC_SETTING_FIELDS[setting];
    if (setting === 'learningRate' && markStableStep && field.logSlider) {
      const miniBatch = pointCount !== undefined && stepsOnMiniBatches(optimizer, pointCount);
      return (
        <LearningRateField
          key={setting}
          label={settingLabel(field, owner)}
          value={optimizer.learningRate}
          onChange={(learningRate) => onChange({ learningRate })}
          validate={field.validate}
          logSlider={field.logSlider}
          optimizer={optimizer.kind}
          miniBatch={miniBatch}
        />
      );
    }
    const batchHint = setting === 'batchSize' ? `0 = all ${pointCount === undefined ? '' : `${pointCount} `}points` : undefined;
    return (
      <NumberField
        key={setting}
        label={settingLabel(field, owner)}
        value={optimizer[setting]}
        onChange={(value) => onChange({ [setting]: value })}
        min={field.min}
        step={field.integer ? 1 : undefined}
        integer={field.integer}
        validate={field.validate}
        logSlider={compact ? undefined : field.logSlider}
        hint={batchHint}
      />
    );
  };
  const treatment = TREATMENT_OPTIONS.find((option) => option.value === optimizer.newtonTreatment);

  return (
    <>
      <SelectField label={settingLabel({ label: 'Optimizer' }, owner)} value={optimizer.kind} options={OPTIMIZER_OPTIONS} onChange={(kind) => onChange({ kind })} />
      {numeric('learningRate')}
      {numeric('batchSize')}
      {numeric('momentum')}
      {numeric('beta1')}
      {numeric('beta2')}
      {relevant.has('newtonTreatment') && (
        <SelectField
          label={settingLabel({ label: TREATMENT_LABEL }, owner)}
          value={optimizer.newtonTreatment}
          options={TREATMENT_OPTIONS}
          onChange={(newtonTreatment) => onChange({ newtonTreatment })}
          hint={compact ? undefined : treatment?.hint}
        />
      )}
      {numeric('damping')}
    </>
  );
}
