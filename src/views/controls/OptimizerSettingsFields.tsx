import { stepsOnMiniBatches, type OptimizerSettings } from '../../model/optimizers';
import { fieldsOf } from '../../store/schema/labFields';
import { LearningRateField } from './LearningRateField';
import { isNumberField } from './settingInputs';
import { SettingInput } from './SettingInput';

/** The optimiser's settings a person edits, in the table's order (the Optimizer select first). */
const OPTIMIZER_INPUTS = fieldsOf('optimizer').filter((entry) => entry.input !== undefined);

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
 * panel and every race lane show the same fields with the same rules, and a setting added to the table's
 * optimiser group appears here by itself.
 */
export function OptimizerSettingsFields({ optimizer, onChange, owner, pointCount, compact = false, markStableStep = false }: OptimizerSettingsFieldsProps) {
  const shown = OPTIMIZER_INPUTS.filter((entry) => entry.relevant?.({ optimizer }) ?? true);
  const viewHints: Partial<Record<string, string>> = { batchSize: `0 = all ${pointCount === undefined ? '' : `${pointCount} `}points` };
  return (
    <>
      {shown.map((entry) => {
        const setting = entry.path[1] as keyof OptimizerSettings;
        if (setting === 'learningRate' && markStableStep && isNumberField(entry)) {
          return (
            <LearningRateField
              key={setting}
              field={entry}
              value={optimizer.learningRate}
              onChange={(learningRate) => onChange({ learningRate })}
              optimizer={optimizer.kind}
              miniBatch={pointCount !== undefined && stepsOnMiniBatches(optimizer, pointCount)}
            />
          );
        }
        return (
          <SettingInput
            key={setting}
            field={entry}
            owner={owner}
            compact={compact}
            value={optimizer[setting]}
            onChange={(value) => onChange({ [setting]: value })}
            hint={viewHints[setting]}
          />
        );
      })}
    </>
  );
}
