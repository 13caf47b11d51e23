import { useRef } from 'react';
import { OPTIMIZERS, type OptimizerKind } from '../../model/optimizers';
import { LOCAL_LIMIT_LABEL, MINIMISER_LIMIT_LABEL, stableStepText } from '../../model/stableStepNote';
import { useLab } from '../../store/LabStoreContext';
import { formatNumber, formatSetting } from '../common/format';
import { WITH_STEP_LIMITS } from '../glossary/stepLimitGlossary';
import { Glossed } from '../glossary/Term';
import { useMinimiserStableStep } from './useMinimiserStableStep';
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
 * Gradient descent's two step limits on a log-scale track with η on it (teaching-math §8): 2/hₘₐₓ at the
 * minimiser θ*, which decides whether GD converges (solid, the converging side shaded; found once per points and
 * objective by Newton in a worker), and 2/hₘₐₓ at the current θ, a local guide (dashed, following θ twice a second
 * while training plays and waiting while off screen: see useHeavyReadout). The sentence below names each. Its own
 * chunk (see LearningRateField): the number field does not wait for it.
 */
export function StableStepMarker({ value, logSlider, optimizer, miniBatch }: StableStepMarkerProps) {
  const figure = useRef<HTMLElement>(null);
  const local = useStableLearningRate(figure);
  const atMinimiser = useMinimiserStableStep();
  const l2 = useLab((s) => s.model.l2);
  const { minExponent, maxExponent } = logSlider;
  const position = (rate: number) => {
    const exponent = Math.min(maxExponent, Math.max(minExponent, Math.log10(rate)));
    // A percentage of the track's width: the marks stay round at any width.
    return `${(100 * (exponent - minExponent)) / (maxExponent - minExponent)}%`;
  };
  const limit = atMinimiser?.kind === 'found' ? atMinimiser.rate : null;
  const mark = limit === null ? null : position(limit);
  const localMark = local === null ? null : position(local);
  const eta = value > 0 ? position(value) : null;
  const above = limit !== null && value >= limit;
  const marks = [
    limit === null ? null : `${MINIMISER_LIMIT_LABEL} ≈ ${formatNumber(limit, 4)}`,
    local === null ? null : `${LOCAL_LIMIT_LABEL} ≈ ${formatNumber(local, 4)}`,
  ].filter((text) => text !== null);
  const side = limit === null ? '' : above ? ', above the limit at θ*' : ', below the limit at θ*';
  const description = `Log scale from ${formatNumber(10 ** minExponent)} to ${formatNumber(10 ** maxExponent)}: ${marks.length > 0 ? `${marks.join('; ')} marked` : 'no limit marked'}; η = ${formatSetting(value)}${side}.`;

  return (
    <>
      <figure ref={figure} className="stable-step">
        <svg role="img" aria-label={`Step size limits: ${description}`}>
          {mark !== null && <rect className="stable-step-zone" x={0} y={9} width={mark} height={8} />}
          <line className="stable-step-track" x1={0} x2="100%" y1={13} y2={13} />
          {localMark !== null && <line className="stable-step-local" x1={localMark} x2={localMark} y1={5} y2={21} />}
          {mark !== null && <line className="stable-step-mark" x1={mark} x2={mark} y1={3} y2={23} />}
          {eta !== null && <circle className={above ? 'stable-step-eta stable-step-eta-above' : 'stable-step-eta'} cx={eta} cy={13} r={5} />}
        </svg>
        <figcaption className="stable-step-legend" aria-hidden="true">
          <span className="stable-step-key-zone" /> GD converges near θ* <span className="stable-step-key-mark" /> {MINIMISER_LIMIT_LABEL}
          <span className="stable-step-key-local" /> {LOCAL_LIMIT_LABEL}
          <span className={above ? 'stable-step-key-eta stable-step-eta-above' : 'stable-step-key-eta'} /> η
        </figcaption>
      </figure>
      <p className={above && OPTIMIZERS[optimizer].plainStep && !miniBatch ? 'stable-step-text stable-step-warning' : 'stable-step-text'} data-testid="stable-step-text">
        <Glossed text={stableStepText({ optimizer, miniBatch, learningRate: value, l2, local, atMinimiser })} glossary={WITH_STEP_LIMITS} />
      </p>
    </>
  );
}
