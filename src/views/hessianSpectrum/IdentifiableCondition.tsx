import type { IdentifiableCurvature } from '../../model/identifiableCurvature';
import type { ParametrizationKind } from '../../model/parameters';
import { formatNumber } from '../common/format';
import { IDENTIFIABLE_COMPARISON, IDENTIFIABLE_DIRECTIONS } from './spectrumText';


/**
 * κ = h_max/h_min on the directions that change the classifier: finite for the full model even where H is
 * singular, and the number to compare with a reference class's (near the minimiser, GD at step η shrinks the
 * error along the flattest of them by 1 − η·h_min per step).
 */
export function IdentifiableCondition({ curvature, kind }: { curvature: IdentifiableCurvature; kind: ParametrizationKind }) {
  const finite = Number.isFinite(curvature.condition);
  return (
    <p className="spectrum-condition spectrum-identifiable">
      On the directions that change the classifier ({IDENTIFIABLE_DIRECTIONS[kind]}): κ ={' '}
      <strong>{finite ? formatNumber(curvature.condition) : '∞'}</strong>, with h<sub>min</sub> = {finite ? formatNumber(curvature.smallest) : '0'} and h
      <sub>max</sub> = {formatNumber(curvature.largest)}
      {finite ? '' : ' (one of them is flat at this θ)'}. {IDENTIFIABLE_COMPARISON}
    </p>
  );
}
