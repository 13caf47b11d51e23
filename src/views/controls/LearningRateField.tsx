import { lazy, Suspense } from 'react';
import type { OptimizerKind } from '../../model/optimizers';
import type { NumberField } from '../../store/schema/settingField';
import { SettingNumberField } from './SettingNumberField';
import './learningRateField.css';

/** The stable-step marker loads after first paint: the field is usable at once, the mark follows in its own chunk. */
const StableStepMarker = lazy(() => import('./StableStepMarker').then((module) => ({ default: module.StableStepMarker })));

interface LearningRateFieldProps {
  /** The learning rate's field: its log slider's range is the stability track's below. */
  field: NumberField;
  value: number;
  onChange(value: number): void;
  optimizer: OptimizerKind;
  /** SGD on fewer points than all. */
  miniBatch: boolean;
}

/**
 * The lab's Learning rate field with gradient descent's two step limits (2/hₘₐₓ at the minimiser and at the current θ) marked under it (StableStepMarker).
 * Until the marker's chunk arrives, an empty block of its height holds its place, so nothing below moves.
 */
export function LearningRateField({ field, value, onChange, optimizer, miniBatch }: LearningRateFieldProps) {
  const logSlider = field.input.logSlider;
  if (logSlider === undefined) throw new Error('the learning rate has no log slider in the field table');
  return (
    <div className="learning-rate-field">
      <SettingNumberField field={field} value={value} onChange={onChange} />
      <Suspense fallback={<div className="stable-step-pending" />}>
        <StableStepMarker value={value} logSlider={logSlider} optimizer={optimizer} miniBatch={miniBatch} />
      </Suspense>
    </div>
  );
}
