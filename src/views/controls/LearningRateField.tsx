import { lazy, Suspense } from 'react';
import type { OptimizerKind } from '../../model/optimizers';
import { NumberField } from '../common/NumberField';
import './learningRateField.css';

/** The stable-step marker loads after first paint: the field is usable at once, the mark follows in its own chunk. */
const StableStepMarker = lazy(() => import('./StableStepMarker').then((module) => ({ default: module.StableStepMarker })));

interface LearningRateFieldProps {
  label: string;
  value: number;
  onChange(value: number): void;
  validate?(value: number): string | null;
  /** The slider's log10 range, which the stability track below shares. */
  logSlider: { minExponent: number; maxExponent: number };
  optimizer: OptimizerKind;
  /** SGD on fewer points than all. */
  miniBatch: boolean;
}

/**
 * The lab's Learning rate field with the stable step 2/λmax(H) at the current θ marked under it (StableStepMarker).
 * Until the marker's chunk arrives, an empty block of its height holds its place, so nothing below moves.
 */
export function LearningRateField({ label, value, onChange, validate, logSlider, optimizer, miniBatch }: LearningRateFieldProps) {
  return (
    <div className="learning-rate-field">
      <NumberField label={label} value={value} onChange={onChange} validate={validate} logSlider={logSlider} />
      <Suspense fallback={<div className="stable-step-pending" />}>
        <StableStepMarker value={value} logSlider={logSlider} optimizer={optimizer} miniBatch={miniBatch} />
      </Suspense>
    </div>
  );
}
