import { useRef } from 'react';
import type { OptimizerKind } from '../../model/optimizers';
import { formatNumber } from '../common/format';
import { Glossed } from '../glossary/Term';
import { stableStepText } from './stableStepText';
import { useStableLearningRate } from './useStableLearningRate';
import './stableStepMarker.css';

export interface StableStepMarkerProps {
  /** The learning rate η the field holds. */
  value: number;
  /** The slider's log10 range, which the track shares. */
  logSlider: { minExponent: number; maxExponent: number };
  optimizer: OptimizerKind;
  /** SGD on fewer points than all. */
  miniBatch: boolean;
}

/**
 * The stable step 2/λmax(H) at the current θ marked on a log-scale track (the stable side shaded) with η on it,
 * and a sentence saying what it means for the chosen optimiser. The mark follows θ twice a second while
 * training plays, and waits while it is off screen (a Hessian and its eigenvalues: see useHeavyReadout). Its own chunk (see LearningRateField): the number field does not wait for it.
 */
export function StableStepMarker({ value, logSlider, optimizer, miniBatch }: StableStepMarkerProps) {
  const figure = useRef<HTMLElement>(null);
  const stableRate = useStableLearningRate(figure);
  const { minExponent, maxExponent } = logSlider;
  const position = (rate: number) => {
    const exponent = Math.min(maxExponent, Math.max(minExponent, Math.log10(rate)));
    // A percentage of the track's width: the marks stay round at any width.
    return `${(100 * (exponent - minExponent)) / (maxExponent - minExponent)}%`;
  };
  const mark = stableRate === null ? null : position(stableRate);
  const eta = value > 0 ? position(value) : null;
  const above = stableRate !== null && value >= stableRate;
  const description =
    stableRate === null
      ? 'No stable step is marked.'
      : `Log scale from ${formatNumber(10 ** minExponent)} to ${formatNumber(10 ** maxExponent)}: 2/λmax ≈ ${formatNumber(stableRate, 3)} marked, η = ${formatNumber(value, 3)}${above ? ' on the unstable side' : ' on the stable side'}.`;

  return (
    <>
      <figure ref={figure} className="stable-step">
        <svg role="img" aria-label={`Stable step size: ${description}`}>
          {mark !== null && <rect className="stable-step-zone" x={0} y={9} width={mark} height={8} />}
          <line className="stable-step-track" x1={0} x2="100%" y1={13} y2={13} />
          {mark !== null && <line className="stable-step-mark" x1={mark} x2={mark} y1={3} y2={23} />}
          {eta !== null && <circle className={above ? 'stable-step-eta stable-step-eta-above' : 'stable-step-eta'} cx={eta} cy={13} r={5} />}
        </svg>
        <figcaption className="stable-step-legend" aria-hidden="true">
          <span className="stable-step-key-zone" /> stable for GD <span className="stable-step-key-mark" /> 2/λmax{' '}
          <span className={above ? 'stable-step-key-eta stable-step-eta-above' : 'stable-step-key-eta'} /> η
        </figcaption>
      </figure>
      <p className={above && optimizer === 'gd' ? 'stable-step-text stable-step-warning' : 'stable-step-text'} data-testid="stable-step-text">
        <Glossed text={stableStepText({ optimizer, learningRate: value, stableRate, miniBatch })} />
      </p>
    </>
  );
}
