import { OPTIMIZER_KINDS, OPTIMIZERS, stepsOnMiniBatches, type OptimizerKind, type OptimizerSettings } from '../../model/optimizers';
import { labField } from '../../store/schema/labFields';
import { LearningRateField } from './LearningRateField';
import { TREATMENT_OPTIONS } from './optimizerInfo';
import { SelectField, type SelectOption } from './SelectField';
import { inputLabel, SettingNumberField } from './SettingNumberField';

export const OPTIMIZER_OPTIONS: readonly SelectOption<OptimizerKind>[] = OPTIMIZER_KINDS.map((kind) => ({ value: kind, label: OPTIMIZERS[kind].label }));

/** The numeric optimiser settings in the order the panel shows them. */
const NUMERIC_SETTINGS = ['learningRate', 'batchSize', 'momentum', 'beta1', 'beta2', 'damping'] as const;
type NumericSetting = (typeof NUMERIC_SETTINGS)[number];

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
 * The Optimizer select and only the settings the chosen optimiser reads, rendered from the field table: the lab's
 * panel and every race lane show the same fields with the same rules.
 */
export function OptimizerSettingsFields({ optimizer, onChange, owner, pointCount, compact = false, markStableStep = false }: OptimizerSettingsFieldsProps) {
  const relevant = (setting: keyof OptimizerSettings) => labField('optimizer', setting).relevant?.({ optimizer }) ?? true;
  const numeric = (setting: NumericSetting) => {
    if (!relevant(setting)) return null;
    const field = labField('optimizer', setting);
    if (setting === 'learningRate' && markStableStep) {
      return (
        <LearningRateField
          key={setting}
          field={field}
          value={optimizer.learningRate}
          onChange={(learningRate) => onChange({ learningRate })}
          optimizer={optimizer.kind}
          miniBatch={pointCount !== undefined && stepsOnMiniBatches(optimizer, pointCount)}
        />
      );
    }
    const batchHint = setting === 'batchSize' ? `0 = all ${pointCount === undefined ? '' : `${pointCount} `}points` : undefined;
    return (
      <SettingNumberField
        key={setting}
        field={field}
        owner={owner}
        compact={compact}
        value={optimizer[setting]}
        onChange={(value) => onChange({ [setting]: value })}
        hint={batchHint}
      />
    );
  };
  const treatment = TREATMENT_OPTIONS.find((option) => option.value === optimizer.newtonTreatment);

  return (
    <>
      <SelectField label={inputLabel(labField('optimizer', 'kind'), owner)} value={optimizer.kind} options={OPTIMIZER_OPTIONS} onChange={(kind) => onChange({ kind })} />
      {NUMERIC_SETTINGS.slice(0, 5).map(numeric)}
      {relevant('newtonTreatment') && (
        <SelectField
          label={inputLabel(labField('optimizer', 'newtonTreatment'), owner)}
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
